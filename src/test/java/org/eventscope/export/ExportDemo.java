package org.eventscope.export;

import org.eventscope.store.Store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes the seed fixture's exports to a folder, to look at them: {@code ExportDemo OUT_DIR}. */
public final class ExportDemo {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/export-demo");
        Files.createDirectories(dir);
        Path db = dir.resolve("demo.db");
        Files.deleteIfExists(db);
        try (Store store = SeedFixture.open(db)) {
            ExportData data = ExportData.load(store, LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31), List.of());
            ExportData all = ExportData.load(store, LocalDate.of(2008, 1, 1), LocalDate.of(2023, 12, 31), List.of());
            ExportOptions o = ExportOptions.of("South Ossetia, 2008 — Южная Осетия — სამხრეთ ოსეთი").withPaper(Paper.A4);
            for (ExportFormat f : ExportFormat.values()) {
                try (OutputStream out = Files.newOutputStream(dir.resolve("seeds-2008." + f.id() + "." + f.extension()))) {
                    Exporter.export(f, data, o, out, null);
                }
                try (OutputStream out = Files.newOutputStream(dir.resolve("seeds-all." + f.id() + "." + f.extension()))) {
                    Exporter.export(f, all, o.withLanes(true), out, null);
                }
            }
        }
        System.out.println("wrote " + dir);
    }
}
