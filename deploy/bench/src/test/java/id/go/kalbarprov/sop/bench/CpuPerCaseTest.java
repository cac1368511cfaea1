package id.go.kalbarprov.sop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How the report turns CPU seconds into CPU per case, and the bound the services' own CPU cannot lift. */
class CpuPerCaseTest {

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /** A 60 s peak window of 240 cases (4 cases/s) with the given CPU seconds spent in it. */
    private static Report report(Map<String, Double> spent, List<Ceiling.Peer> peers) {
        Bench.Options options = Bench.Options.parse(new String[0]);
        Metrics metrics = new Metrics();
        metrics.startNanos.set(0);
        metrics.endNanos.set(60_000_000_000L);
        metrics.cases.add(240);
        Bench.Phase peak = new Bench.Phase("peak", metrics);
        peak.cpuBefore = new TreeMap<>();
        peak.cpuAfter = new TreeMap<>();
        spent.forEach((who, seconds) -> {
            peak.cpuBefore.put(who, 1000.0);
            peak.cpuAfter.put(who, 1000.0 + seconds);
        });
        Report report = new Report(options);
        report.peak = peak;
        report.peers = peers;
        return report;
    }

    private static final Map<String, Double> SPENT = Map.of("request-service", 24.0, "review-service", 36.0,
            "archive-service", 24.0, "postgres", 18.0, "load generator", 12.0, Bench.MACHINE, 118.0);

    @Test
    void eachProcessCpuIsDividedByTheCompleteCases() {
        Report report = report(SPENT, List.of());
        assertEquals(75.0, report.cpuMsPerCase("postgres"), 1e-9);
        assertEquals(150.0, report.cpuMsPerCase("review-service"), 1e-9);
        assertEquals(491.7, report.cpuMsPerCase(Bench.MACHINE), 0.1);
    }

    @Test
    void withTheServicesFreeOnlyPostgresAndTheLoadGeneratorBoundTheCasesPerSecond() {
        Report report = report(SPENT, List.of());
        // postgres 75 ms + load generator 50 ms per case: 125 ms of each processor's second per case
        assertEquals(PROCESSORS * 1000.0 / 125.0, report.casesPerSecondWithServicesFree(), 1e-9);
    }

    @Test
    void thePeersCpuPerCaseIsTheFasterEnginesMeanOverItsRuns() {
        List<Ceiling.Peer> peers = List.of(
                new Ceiling.Peer("flowable", 12.0, 130.0, 2.0, "flowable-peer"),
                new Ceiling.Peer("camunda7", 20.0, 210.0, 2.0, "camunda7-peer"),
                new Ceiling.Peer("camunda7", 16.0, 170.0, 2.0, "camunda7-peer"));
        Report report = report(SPENT, peers);
        assertEquals(18.0, report.fasterPeer(), 1e-9);
        assertEquals((100.0 + 125.0) / 2, report.fasterPeerCpuMsPerCase(), 1e-9);
        assertTrue(Double.isNaN(report(SPENT, List.of()).fasterPeerCpuMsPerCase()));
        assertTrue(Double.isNaN(report(SPENT, null).fasterPeerCpuMsPerCase()));
    }

    @Test
    void aPeersHeaderIsFoundBehindMavensColourCodes() {
        String header = "camunda7-peer history=audit threads=8 returnRatio=0.10 seconds=30.0 cases=517 steps=5494";
        assertEquals(header, Ceiling.peerHeader("\u001b[0m\u001b[0m" + header));
        assertEquals(header, Ceiling.peerHeader(header));
        assertNull(Ceiling.peerHeader("cases_per_s=17.2 steps_per_s=183.1"));
    }

    @Test
    void aPeerRunsBusyProcessorsAreMeasuredOverItsWindowOnly() {
        long now = System.nanoTime();
        double busy = Bench.machineBusySeconds();
        TreeMap<Long, Double> samples = new TreeMap<>();
        samples.put(now - 90_000_000_000L, busy - 200.0); // before the window: not the start of it
        samples.put(now - 31_000_000_000L, busy - 31.0);  // the window's start: one processor busy since
        double cores = Ceiling.machineCores(samples, 30.0);
        assertEquals(1.0, cores, 0.1);
        assertTrue(Double.isNaN(Ceiling.machineCores(new TreeMap<>(), 30.0)), "no sample as old as the window");
    }
}
