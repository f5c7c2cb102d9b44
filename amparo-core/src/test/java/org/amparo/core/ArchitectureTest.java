package org.amparo.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Locale;
import java.util.Set;

/** The core knows no framework, database or network, and its packages are named by feature. */
@AnalyzeClasses(packages = "org.amparo.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworkDatabaseOrNetwork = noClasses()
            .that()
            .resideInAPackage("org.amparo.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "jakarta..",
                    "java.net.http..",
                    "com.sun.net.httpserver..");

    @ArchTest
    static final ArchRule onlyTheJdkJtsAndJSpecify = classes()
            .that()
            .resideInAPackage("org.amparo.core..")
            .should()
            .onlyDependOnClassesThat(DescribedPredicate.describe(
                    "in java.., the JDK's XML and crypto packages, org.amparo.core.., org.locationtech.jts.. or org.jspecify..",
                    ArchitectureTest::allowed));

    @ArchTest
    static final ArchRule noCatchAllPackages = classes()
            .that()
            .resideInAPackage("org.amparo.core..")
            .should(new ArchCondition<JavaClass>("reside in a package named after what it does") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    for (String part : item.getPackageName().split("\\.")) {
                        if (Set.of("util", "utils", "helper", "helpers", "manager", "common")
                                .contains(part.toLowerCase(Locale.ROOT))) {
                            events.add(SimpleConditionEvent.violated(
                                    item, item.getName() + " resides in a catch-all package '" + part + "'"));
                        }
                    }
                }
            });

    private static boolean allowed(JavaClass target) {
        // Arrays and primitives report the package of their component type, or none.
        JavaClass base = target.isArray() ? target.getBaseComponentType() : target;
        if (base.isPrimitive()) {
            return true;
        }
        String pkg = base.getPackageName();
        return pkg.startsWith("java.")
                || jdkXmlOrCrypto(pkg)
                || pkg.startsWith("org.amparo.core")
                || pkg.startsWith("org.locationtech.jts.")
                || pkg.startsWith("org.jspecify.");
    }

    /**
     * The JDK's own XML parser (module java.xml: javax.xml, org.w3c.dom, org.xml.sax) and JCE (javax.crypto) are part
     * of the JDK, used by the PIDF-LO/HELD and AML HTTPS decoders; they are not frameworks.
     */
    private static boolean jdkXmlOrCrypto(String pkg) {
        return pkg.equals("javax.xml")
                || pkg.startsWith("javax.xml.")
                || pkg.equals("javax.crypto")
                || pkg.startsWith("javax.crypto.")
                || pkg.equals("org.w3c.dom")
                || pkg.equals("org.xml.sax");
    }
}
