package org.amparo.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Amparo's entry point. {@code java -jar amparo-server.jar [--server.port=N] [--amparo.demo=true]}
 * runs the server; {@code java -jar amparo-server.jar verify-audit [options]} verifies the audit
 * chain of the configured database and exits 0 when intact, 1 when broken.
 */
@SpringBootApplication
@EnableScheduling
public class AmparoApplication {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify-audit")) {
            System.exit(VerifyAuditCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(AmparoApplication.class, args);
    }
}
