package id.go.kalbarprov.sop.system;

import org.junit.jupiter.api.BeforeAll;

/** A test against the three running services ({@link SystemUnderTest}), with the officers who walk its cases. */
abstract class SystemTest {

    static SystemUnderTest system;
    static Officers officers;

    @BeforeAll
    static void startTheSystem() {
        system = SystemUnderTest.get();
        officers = new Officers(system);
    }
}
