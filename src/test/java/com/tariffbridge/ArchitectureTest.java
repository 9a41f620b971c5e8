package com.tariffbridge;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        // hands out the connections above, with closes that take turns
        "com.tariffbridge.platform.ConnectionReturns",
        // reads SQL states off exceptions to answer a lost database with 503; runs no JDBC
        "com.tariffbridge.platform.rest.UnexpectedErrorMapper",
    };

    /**
     * {@code token}'s tables, and its entities in JPQL, as they appear in a query string. Other
     * features ask {@code token} ({@code GrantService}, {@code ActiveGrant}) instead.
     */
    private static final Pattern TOKEN_TABLES =
            Pattern.compile(
                    "\\b(token_grant|issued_token)\\b"
                            + "|\\b(from|join)\\s+(com\\.tariffbridge\\.token\\.)?(Grant|IssuedToken)\\b");

    /**
     * The hot read paths that may still join {@code token}'s tables: the tariff poll (one indexed
     * query per poll) and the customer's connections page, both on {@link #JDBC_ALLOWED}.
     */
    private static final List<String> TOKEN_TABLES_ALLOWED =
            List.of(
                    "com/tariffbridge/tariff/PollSubjects.class",
                    "com/tariffbridge/account/ConnectionsService.class");

    @Test
    void noFeatureButTokenNamesTokensTablesInItsQueries() throws IOException {
        Path classes = Paths.get("target/classes");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("com/tariffbridge"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("com/tariffbridge/token/")
                        || TOKEN_TABLES_ALLOWED.contains(name)) {
                    continue;
                }
                // String literals sit in the constant pool as (modified) UTF-8; queries are ASCII.
                String constants =
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (TOKEN_TABLES.matcher(constants).find()) {
                    offenders.add(name);
                }
            }
        }
        assertThat(offenders).as("classes outside token that query its tables").isEmpty();
    }

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
        var allowed = List.of(JDBC_ALLOWED);
        noClasses()
                .that(
                        DescribedPredicate.<JavaClass>describe(
                                "are not on the allowed JDBC paths (nested classes included)",
                                c -> !allowed.contains(c.getName().split("\\$")[0])))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .check(PRODUCT);
    }

    /**
     * A connection closed outside {@code ConnectionReturns} can be lost to Liberty's pool for good
     * (docs/liberty/pool-release-race.md).
     */
    @Test
    void connectionsAreTakenOnlyThroughConnectionReturns() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("com.tariffbridge.platform.ConnectionReturns")
                .should()
                .callMethod(javax.sql.DataSource.class, "getConnection")
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
                        .filter(
                                c ->
                                        c.isAnnotatedWith(jakarta.ws.rs.Path.class)
                                                && !c.isInterface())
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

    /**
     * The persistence unit lists its classes instead of having Hibernate scan the WAR at start; an
     * entity left off the list would fail only when first queried.
     */
    @Test
    void thePersistenceUnitListsEveryEntityAndNothingElse() throws Exception {
        var document =
                javax.xml.parsers.DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(Paths.get("src/main/resources/META-INF/persistence.xml").toFile());
        var listed = new ArrayList<String>();
        var elements = document.getElementsByTagName("class");
        for (int i = 0; i < elements.getLength(); i++) {
            listed.add(elements.item(i).getTextContent().trim());
        }
        var mapped =
                PRODUCT.stream()
                        .filter(
                                c ->
                                        c.isAnnotatedWith(jakarta.persistence.Entity.class)
                                                || c.isAnnotatedWith(
                                                        jakarta.persistence.Embeddable.class)
                                                || c.isAnnotatedWith(
                                                        jakarta.persistence.MappedSuperclass.class)
                                                || c.isAnnotatedWith(
                                                        jakarta.persistence.Converter.class))
                        .map(c -> c.getName())
                        .toList();
        assertThat(mapped).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(mapped);
    }
}
