package id.go.kalbarprov.sop.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Arrows point one way: rest → service → domain and persistence; the domain imports nothing of the others. */
@AnalyzeClasses(packages = "id.go.kalbarprov.sop.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..review.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..review.persistence..", "..review.service..",
                    "..review.rest..", "..review.outbox..", "..review.signing..", "jakarta..", "io.quarkus..",
                    "org.hibernate..", "com.fasterxml..");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheRestLayer = noClasses().that().resideInAPackage("..review.service..")
            .should().dependOnClassesThat().resideInAPackage("..review.rest..");

    @ArchTest
    static final ArchRule persistenceDoesNotKnowTheUseCases = noClasses().that()
            .resideInAPackage("..review.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..review.service..", "..review.rest..");
}
