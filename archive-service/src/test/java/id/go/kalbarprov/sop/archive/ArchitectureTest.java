package id.go.kalbarprov.sop.archive;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import id.go.kalbarprov.sop.platform.architecture.ServiceArchitecture;

/** The rules every service is held to (platform's {@link ServiceArchitecture}), over this service and platform. */
@AnalyzeClasses(packages = "id.go.kalbarprov.sop", importOptions = ServiceArchitecture.MainCode.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);
}
