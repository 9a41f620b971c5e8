package com.tariffbridge;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;

/**
 * The layout rules a maintainer relies on, checked on the compiled classes: the product
 * (target/classes, what a provider deploys) and the sandbox (target/sandbox-classes) apart.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCT =
            new ClassFileImporter().importPath(Paths.get("target/classes"));
    private static final JavaClasses SANDBOX =
            new ClassFileImporter().importPath(Paths.get("target/sandbox-classes"));

    /**
     * The only classes that may talk JDBC: hot read paths and start-up checks, each for a reason.
     */
    private static final String[] JDBC_ALLOWED = {
        "com.tariffbridge.tariff.PollSubjects",
        "com.tariffbridge.tariff.PollingPolicy",
        "com.tariffbridge.account.ConnectionsService",
        "com.tariffbridge.platform.DatabaseMigrator",
        "com.tariffbridge.admin.health.DatabaseReadiness",
    };

    @Test
    void theProductsFeaturesHaveNoDependencyCycles() {
        slices().matching("com.tariffbridge.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void theProductHoldsNoSandboxOrDemoCode() {
        assertThat(PRODUCT).isNotEmpty();
        noClasses()
                .should()
                .resideInAnyPackage("com.tariffbridge.sandbox..", "com.tariffbridge.demo..")
                .check(PRODUCT);
    }

    @Test
    void theSandboxReachesTheProductOnlyOverHttpAndItsSeedingTables() {
        assertThat(SANDBOX).isNotEmpty();
        classes()
                .should()
                .onlyDependOnClassesThat(
                        resideOutsideOfPackage("com.tariffbridge..")
                                .or(resideInAPackage("com.tariffbridge.sandbox..")))
                .check(SANDBOX);
    }

    @Test
    void facesTypesAreUsedOnlyInWebPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.faces..")
                .check(PRODUCT);
    }

    @Test
    void jdbcIsUsedOnlyOnTheAllowedReadPaths() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(JDBC_ALLOWED[0])
                .and()
                .doNotHaveFullyQualifiedName(JDBC_ALLOWED[1])
                .and()
                .doNotHaveFullyQualifiedName(JDBC_ALLOWED[2])
                .and()
                .doNotHaveFullyQualifiedName(JDBC_ALLOWED[3])
                .and()
                .doNotHaveFullyQualifiedName(JDBC_ALLOWED[4])
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .check(PRODUCT);
    }

    @Test
    void restClientInterfacesLiveInClientPackages() {
        classes()
                .that()
                .areAnnotatedWith(RegisterRestClient.class)
                .should()
                .resideInAPackage("..client..")
                .check(PRODUCT);
    }

    @Test
    void everyResourceIsRegisteredInExactlyOneApplication() throws Exception {
        List<Class<?>> registered = new ArrayList<>();
        var applications =
                PRODUCT.stream()
                        .filter(c -> c.isAssignableTo(Application.class))
                        .filter(c -> c.isAnnotatedWith(ApplicationPath.class))
                        .toList();
        assertThat(applications).isNotEmpty();
        for (var application : applications) {
            var instance =
                    (Application)
                            Class.forName(application.getName())
                                    .getDeclaredConstructor()
                                    .newInstance();
            registered.addAll(instance.getClasses());
        }
        var resources =
                PRODUCT.stream()
                        .filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface())
                        .map(c -> c.getName())
                        .sorted()
                        .toList();
        assertThat(resources).isNotEmpty();
        for (String resource : resources) {
            assertThat(registered.stream().filter(c -> c.getName().equals(resource)).count())
                    .as("Applications registering " + resource)
                    .isEqualTo(1);
        }
    }
}
