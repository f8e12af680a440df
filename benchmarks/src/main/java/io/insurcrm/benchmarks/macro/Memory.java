package io.insurcrm.benchmarks.macro;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Memory of one run of this JVM: the peak heap (the sum of the heap pools' peak usage, reset before
 * the run after a full GC, so it includes garbage not yet collected: with a large -Xmx it shows
 * allocation pressure, with a small one the live set), and the resident set from
 * {@code /proc/self/status}: VmHWM (peak, reset before the run by writing 5 to
 * {@code /proc/self/clear_refs}) and VmRSS at the end. An embedded PostgreSQL server is a separate
 * process and is not counted.
 */
final class Memory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private Memory() {
    }

    /**
     * @param heapPeakMb peak heap in MiB
     * @param rssPeakMb  resident set high-water mark in MiB, or -1 if the OS does not tell
     * @param rssEndMb   resident set at the end in MiB, or -1
     * @param hwmReset   whether the high-water mark could be reset before the run (else it is the process's peak so far)
     * @param cpuSeconds CPU time of this JVM (all threads, GC included) during the run: on a shared machine a
     *                   steadier figure than wall time; it includes embedded H2's work, not a PostgreSQL server's
     */
    record Usage(double heapPeakMb, double rssPeakMb, double rssEndMb, boolean hwmReset, double cpuSeconds) {
        /** Over several rounds of one side: the peaks' maximum, the CPU time's sum. */
        Usage max(Usage other) {
            return new Usage(Math.max(heapPeakMb, other.heapPeakMb), Math.max(rssPeakMb, other.rssPeakMb),
                    other.rssEndMb, hwmReset && other.hwmReset, cpuSeconds + other.cpuSeconds);
        }
    }

    /** A value and the memory its computation used. */
    record Measured<T>(T value, Usage usage) {
    }

    static <T> Measured<T> measure(Callable<T> work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        boolean reset = resetHighWaterMark();
        long cpu = processCpuNanos();
        T value = work.call();
        cpu = processCpuNanos() - cpu;
        long peak = 0;
        for (MemoryPoolMXBean p : heap) {
            peak += p.getPeakUsage().getUsed();
        }
        return new Measured<>(value, new Usage(peak / 1048576.0, statusKb("VmHWM:") / 1024.0,
                statusKb("VmRSS:") / 1024.0, reset, cpu / 1e9));
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static boolean resetHighWaterMark() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1024;
    }
}
