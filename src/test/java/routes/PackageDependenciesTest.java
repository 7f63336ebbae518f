package routes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * How the packages may depend on each other: the route packages (what YAML calls) form no cycle,
 * the types every stage shares live in routes.model, and the routes never reach into the
 * application around them (caravan.*), which wires them up.
 */
class PackageDependenciesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("routes", "caravan");

    @Test
    void routePackagesFormNoCycle() {
        slices().matching("routes.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void applicationPackagesFormNoCycle() {
        slices().matching("caravan.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void routesDoNotDependOnTheApplication() {
        noClasses().that().resideInAPackage("routes..")
                .should().dependOnClassesThat().resideInAPackage("caravan..")
                .check(MAIN);
    }

    @Test
    void theSharedModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("routes.model..")
                .should().dependOnClassesThat().resideInAnyPackage("routes.store..", "routes.parse..", "routes.fetch..",
                        "routes.web..", "routes.observe..", "routes.failure..", "routes.profile..", "routes.price..",
                        "routes.structured..")
                .check(MAIN);
    }
}
