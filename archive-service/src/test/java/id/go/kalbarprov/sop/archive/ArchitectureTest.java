package id.go.kalbarprov.sop.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Arrows point one way: rest → service → domain and persistence; the domain imports nothing of the others. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.kalbarprov.sop.archive");

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("..archive.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..archive.persistence..", "..archive.service..",
                        "..archive.rest..", "jakarta..", "io.quarkus..", "org.hibernate..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void servicesAndPersistenceDoNotKnowTheRestLayer() {
        noClasses().that().resideInAnyPackage("..archive.service..", "..archive.persistence..")
                .should().dependOnClassesThat().resideInAPackage("..archive.rest..")
                .check(CLASSES);
    }

    @Test
    void persistenceDoesNotCallUseCases() {
        noClasses().that().resideInAPackage("..archive.persistence..")
                .should().dependOnClassesThat().resideInAPackage("..archive.service..")
                .check(CLASSES);
    }
}
