package org.eventscope.export;

import org.eventscope.store.Store;
import org.eventscope.store.Synthetic;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Times the export of N synthetic events (default 5,000) over Y years (default 10) to every format; not a unit test.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.eventscope.export.ExportBenchmark [N] [Y] [OUT_DIR]}
 */
public final class ExportBenchmark {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Path.of(args.length > 2 ? args[2] : "/tmp/export-bench");
        Files.createDirectories(dir);
        Path db = dir.resolve("bench.db");
        Files.deleteIfExists(db);
        try (Store store = Store.open(db)) {
            Synthetic.generate(store, n, years, 42, x -> { });
            int endYear = LocalDate.now().getYear();
            LocalDate from = LocalDate.of(endYear - years + 1, 1, 1);
            LocalDate to = LocalDate.of(endYear, 12, 31);
            for (int round = 1; round <= 3; round++) {
                long t0 = System.nanoTime();
                ExportData data = ExportData.load(store, from, to, List.of());
                long t1 = System.nanoTime();
                System.out.printf("round %d: load %,d events %.2f s%n", round, data.events().size(), (t1 - t0) / 1e9);
                for (ExportFormat f : ExportFormat.values()) {
                    long a = System.nanoTime();
                    long cpu0 = CPU.getCurrentThreadCpuTime();
                    Path file = dir.resolve("bench." + f.id() + "." + f.extension());
                    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                        long[] last = {a};
                        Exporter.export(f, data, ExportOptions.of("Benchmark: " + n + " events"), out, (fr, m) -> {
                            long now = System.nanoTime();
                            if (System.getProperty("bench.steps") != null) {
                                System.out.printf("    %-32s %.2f s%n", m, (now - last[0]) / 1e9);
                            }
                            last[0] = now;
                        });
                    }
                    System.out.printf("round %d: %-10s %.2f s wall, %.2f s CPU of this thread  (%,d bytes)%n", round, f.id(),
                            (System.nanoTime() - a) / 1e9, (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9, Files.size(file));
                }
            }
        }
    }
}
