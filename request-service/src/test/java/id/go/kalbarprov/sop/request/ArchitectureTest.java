package id.go.kalbarprov.sop.request;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Arrows point one way: rest → service → domain; the domain is plain Java. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.kalbarprov.sop.request");

    @Test
    void theDomainDependsOnNothingElseOfTheService() {
        noClasses().that().resideInAPackage("..request.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..request.persistence..", "..request.service..",
                        "..request.rest..", "..request.outbox..", "jakarta.persistence..", "io.quarkus..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotKnowTheHttpLayer() {
        noClasses().that().resideInAnyPackage("..request.service..", "..request.persistence..")
                .should().dependOnClassesThat().resideInAPackage("..request.rest..").check(CLASSES);
    }
}
