package id.go.kalbarprov.sop.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The architecture rules every service is held to, written once. A service runs them with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);} over
 * {@code id.go.kalbarprov.sop} with {@link MainCode}: its own classes and platform's.
 */
public final class ServiceArchitecture {

    static final String PLATFORM = "id.go.kalbarprov.sop.platform..";
    static final String[] SERVICES = {
        "id.go.kalbarprov.sop.request..", "id.go.kalbarprov.sop.review..", "id.go.kalbarprov.sop.archive.."};

    /** What platform provides; a service that declares a class of one of these names has its own copy. */
    static final Set<String> PLATFORM_PROVIDES = Set.of(
            "ProblemException", "ProblemTexts", "Violation", "ProblemMappers", "ProblemResponses", "Problem",
            "BodySizeLimit", "StreamedBodyLimit", "StrictJson", "OpenApiProblems", "Paged", "Versions",
            "QueryParamConverters", "OutboxResource", "Idempotent", "IdempotencyRecord", "IdempotencyInterceptor",
            "IdempotencyCleanup", "Outbox", "OutboxEvent", "OutboxRelay", "OutboxMonitor", "OutboxReadiness", "OutboxRecovery",
            "ParkingRule", "Inbox",
            "AppliedEvent", "HandoffSender", "Caller", "CurrentCaller", "Roles", "ServiceTokens", "ContentHash",
            "CanonicalJson", "Nip", "Period", "IndonesianDecimal", "Achievement", "Direction", "LowerIsBetterConvention",
            "Decimals", "DraftFigures", "JsonDiff", "IllegalTransitionException", "OfficeTime", "ReportPeriod",
            "ServiceLevels", "OutboxRoutes", "SealStatement", "PublishedKey", "Keyring", "SealVerifier", "SealChainRule",
            "CorrectionVerification", "Pem", "DocumentNumber", "SigningKey", "RetiredKeys");

    private ServiceArchitecture() {
    }

    /** Main code only: a service's and platform's classes, without test classes or platform's test-jar. */
    public static final class MainCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return new ImportOption.DoNotIncludeTests().includes(location) && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule platformDependsOnNoService = noClasses().that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
            .because("platform/ is what the services build on; it cannot know any of them");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("id.go.kalbarprov.sop..persistence..",
                    "id.go.kalbarprov.sop..service..", "id.go.kalbarprov.sop..rest..", "id.go.kalbarprov.sop..outbox..",
                    "id.go.kalbarprov.sop..signing..", "id.go.kalbarprov.sop..security..", "jakarta..", "io.quarkus..",
                    "org.hibernate..", "com.fasterxml..", "io.smallrye..", "org.eclipse.microprofile..")
            .because("rules and state machines are plain Java, unit-testable without a framework");

    @ArchTest
    static final ArchRule useCasesDoNotKnowTheHttpLayer = noClasses()
            .that().resideInAnyPackage("..service..", "..persistence..", "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.go.kalbarprov.sop.request.rest..", "id.go.kalbarprov.sop.review.rest..",
                    "id.go.kalbarprov.sop.archive.rest..", "jakarta.ws.rs..")
            .because("use cases answer with results and problems, never with HTTP responses");

    @ArchTest
    static final ArchRule persistenceDoesNotCallUseCases = noClasses().that().resideInAPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..rest..");

    /**
     * Resources render what use cases return (an entity may be read to build a view) but never query, store or
     * delete: no Panache finder or persist call, no EntityManager.
     */
    @ArchTest
    static final ArchRule resourcesTalkToUseCasesNotToPersistence = noClasses().that().resideInAPackage("..rest..")
            .and().resideOutsideOfPackage(PLATFORM)
            .should().callMethodWhere(describe("a query or write of an entity",
                    (JavaAccess<?> call) -> call.getTargetOwner().getPackageName().contains(".persistence")
                            && (isStatic(call) || call.getName().startsWith("persist")
                            || call.getName().startsWith("delete"))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule noServiceDeclaresItsOwnPlatform = classes().that().resideInAnyPackage(SERVICES)
            .and().areTopLevelClasses()
            .should(notACopyOfAPlatformClass());

    private static boolean isStatic(JavaAccess<?> call) {
        return call.getTarget().resolveMember()
                .map(member -> member.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
    }

    private static com.tngtech.archunit.lang.ArchCondition<JavaClass> notACopyOfAPlatformClass() {
        return new com.tngtech.archunit.lang.ArchCondition<>("not be their own copy of what platform provides") {
            @Override
            public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                if (PLATFORM_PROVIDES.contains(item.getSimpleName())) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                            item.getName() + " has the name of a platform class: use platform's"));
                }
            }
        };
    }
}
