package org.amparo.store;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.amparo.core.engine.Transactions;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Transactions} on a JDBC data source through Spring's transaction manager, at READ COMMITTED
 * isolation. The stores of this module obtain their connection through Spring, so inside {@link
 * #inTransaction} they all use the transaction's connection.
 *
 * <p>A call inside another joins the outer transaction: if the inner work throws, the whole outer
 * transaction rolls back. Thread-safe.
 */
public final class SpringTransactions implements Transactions {
    private final TransactionTemplate template;

    public SpringTransactions(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    @Override
    @SuppressWarnings("NullAway") // the template returns exactly what the work returns
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
