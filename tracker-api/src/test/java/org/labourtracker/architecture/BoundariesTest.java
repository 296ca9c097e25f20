package org.labourtracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of the developers' guide, kept true as the code grows. */
@AnalyzeClasses(packages = "org.labourtracker", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    private static final String[] WRITE_SIDE = {
            "org.labourtracker.evidence..", "org.labourtracker.dispute..",
            "org.labourtracker.legal..", "org.labourtracker.editorial.."};

    @ArchTest
    static final ArchRule writeSideKnowsNothingOfTheOutsideWorld = noClasses()
            .that().resideInAnyPackage(WRITE_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.labourtracker.projections..", "org.labourtracker.api..",
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "java.sql..",
                    "org.hibernate..")
            .because("tracker-core holds the rules of the record and knows nothing of HTTP or databases");

    @ArchTest
    static final ArchRule readSideDoesNotReachIntoTheApplication = noClasses()
            .that().resideInAPackage("org.labourtracker.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("org.labourtracker.api..", "jakarta.servlet..",
                    "org.springframework.web..")
            .because("tracker-projections reads events and owns read models; the outside world is tracker-api's");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.labourtracker.(*)..")
            .should().beFreeOfCycles();
}
