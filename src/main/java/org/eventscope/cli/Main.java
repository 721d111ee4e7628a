package org.eventscope.cli;

import org.eventscope.extract.DocumentMetadata;
import org.eventscope.extract.Extractor;
import org.eventscope.export.ExportData;
import org.eventscope.export.ExportFormat;
import org.eventscope.export.ExportOptions;
import org.eventscope.export.Exporter;
import org.eventscope.export.Paper;
import org.eventscope.export.JsonExport;
import org.eventscope.ingest.ImportReport;
import org.eventscope.ingest.Importer;
import org.eventscope.ingest.Reanalyzer;
import org.eventscope.ingest.TextDecoder;
import org.eventscope.model.Analysis;
import org.eventscope.model.DocumentInfo;
import org.eventscope.model.TimeValue;
import org.eventscope.store.DatabaseLocation;
import org.eventscope.store.Store;
import org.eventscope.store.StoreException;
import org.eventscope.ui.AppLauncher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The command line, and the GUI when started without a command. Never shows a stack trace to a user. */
public final class Main {
    static final String USAGE = """
            Usage: eventscope [--db FILE]                     open the Eventscope window
                   eventscope import PATH... [--db FILE]      import files and folders (.txt, .md, .html)
                   eventscope analyze FILE --json             print one document's analysis as JSON (no database)
                   eventscope reanalyze [--all] [--db FILE]   redo the analysis of articles an earlier version
                                     analysed (--all: every article); corrections are kept
                   eventscope export --format pdf|csv|json|png|timelinejs [--from DATE] [--to DATE] [--title T]
                                     [--participant NAME]... [--paper A4|Letter] [--lanes] [--out FILE] [--db FILE]
                   eventscope generate --events N --db FILE [--years Y]   make a synthetic database for benchmarks
                   eventscope bench extract [FOLDER] [ROUNDS] | bench timeline   rerun the benchmarks (see README)
                   eventscope --self-test [--db FILE] --screenshot FILE.png
                   eventscope --help | --version

            The database is FILE, else $EVENTSCOPE_DB, else the per-user data folder.
            DATE is YYYY, YYYY-MM or YYYY-MM-DD. '-' or no --out writes to standard output.
            import exits 0 when every file was imported or already present, 1 when some failed, 3 when none succeeded.
            Usage errors exit 2.
            """;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err).run(args);
        if (code != GUI_STARTED) System.exit(code);
    }

    /** Returned when the GUI took over; its own exit ends the process. */
    static final int GUI_STARTED = Integer.MIN_VALUE;

    int run(String[] argv) {
        List<String> args = Arrays.asList(argv);
        try {
            if (args.contains("--help") || args.contains("-h")) {
                out.print(USAGE);
                return 0;
            }
            if (args.contains("--version")) {
                out.println("Eventscope " + version());
                return 0;
            }
            if (args.isEmpty() || args.get(0).startsWith("--")) return gui(args);
            String command = args.get(0);
            List<String> rest = args.subList(1, args.size());
            return switch (command) {
                case "import" -> importCommand(rest);
                case "analyze" -> analyze(rest);
                case "reanalyze" -> reanalyze(rest);
                case "export" -> export(rest);
                case "generate" -> Generate.run(rest, out);
                case "bench" -> bench(rest);
                default -> throw new Args.UsageException("unknown command '" + command + "'");
            };
        } catch (Args.UsageException e) {
            err.println("eventscope: " + e.getMessage());
            err.println("Try 'eventscope --help'.");
            return 2;
        } catch (StoreException e) {
            err.println("eventscope: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("eventscope: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("eventscope: unexpected error: " + e);
            return 1;
        } catch (Exception e) {
            err.println("eventscope: " + e);
            return 1;
        }
    }

    /** {@code bench extract [FOLDER] [ROUNDS]} or {@code bench timeline} (the latter needs a display, e.g. xvfb-run). */
    private int bench(List<String> rest) throws Exception {
        if (rest.isEmpty()) throw new Args.UsageException("bench needs 'extract' or 'timeline'");
        String[] args = rest.subList(1, rest.size()).toArray(String[]::new);
        switch (rest.get(0)) {
            case "extract" -> org.eventscope.extract.ExtractBench.main(args);
            case "timeline" -> org.eventscope.ui.timeline.TimelineBench.main(args);
            default -> throw new Args.UsageException("unknown benchmark '" + rest.get(0) + "' (extract, timeline)");
        }
        return 0;
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private int gui(List<String> raw) {
        Args a = Args.parse(raw, Set.of("--db", "--screenshot"), Set.of("--self-test"));
        if (!a.positional.isEmpty()) throw new Args.UsageException("unexpected argument '" + a.positional.get(0) + "'");
        Path db = DatabaseLocation.resolve(a.one("--db"));
        AppLauncher.setExportService(new ExportBridge());
        if (a.has("--self-test")) {
            String shot = a.one("--screenshot");
            if (shot == null) throw new Args.UsageException("--self-test needs --screenshot FILE.png");
            return AppLauncher.selfTest(db, Path.of(shot), err);
        }
        if (a.one("--screenshot") != null) throw new Args.UsageException("--screenshot is for --self-test");
        AppLauncher.launch(db);
        return GUI_STARTED;
    }

    private int importCommand(List<String> raw) {
        Args a = Args.parse(raw, Set.of("--db"), Set.of());
        if (a.positional.isEmpty()) throw new Args.UsageException("import needs at least one file or folder");
        Path db = DatabaseLocation.resolve(a.one("--db"));
        try (Store store = Store.open(db)) {
            ImportReport report = new Importer(store).importPaths(a.positional.stream().map(Path::of).toList());
            for (ImportReport.FileResult r : report.files()) out.println(r.line());
            out.println(report.summary() + " — database: " + store.file());
            int outdated = new Reanalyzer(store).outdated().size();
            if (outdated > 0) {
                out.println(outdated + (outdated == 1 ? " article was" : " articles were")
                        + " analysed by an earlier version; 'eventscope reanalyze' brings them up to date.");
            }
            return report.exitCode();
        }
    }

    private int reanalyze(List<String> raw) {
        Args a = Args.parse(raw, Set.of("--db"), Set.of("--all"));
        if (!a.positional.isEmpty()) throw new Args.UsageException("unexpected argument '" + a.positional.get(0) + "'");
        Path db = DatabaseLocation.resolve(a.one("--db"));
        if (!Files.exists(db)) throw new StoreException("no database at " + db + " (import something first)");
        try (Store store = Store.open(db)) {
            Reanalyzer r = new Reanalyzer(store);
            int n = a.has("--all") ? r.reanalyzeAll((d, t) -> { }, () -> false) : r.updateOutdated((d, t) -> { }, () -> false);
            out.println(n == 0 ? "Every article is analysed by this version's rules; nothing to do."
                    : "Re-analysed " + n + (n == 1 ? " article" : " articles") + "; corrections kept — database: " + store.file());
            return 0;
        }
    }

    private int analyze(List<String> raw) throws IOException {
        Args a = Args.parse(raw, Set.of(), Set.of("--json"));
        if (a.positional.size() != 1) throw new Args.UsageException("analyze needs exactly one FILE");
        if (!a.has("--json")) throw new Args.UsageException("analyze prints JSON: add --json");
        Path f = Path.of(a.positional.get(0));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + f);
        }
        if (TextDecoder.looksBinary(bytes)) throw new IOException(f + " is not a text file");
        String text = TextDecoder.decode(bytes);
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) text = org.eventscope.ingest.HtmlText.toText(text);
        DocumentInfo info = DocumentMetadata.read(text, f.getFileName().toString());
        Analysis analysis = Extractor.standard().analyze(text, info);
        JsonExport.write(JsonExport.analysis(analysis), out);
        return 0;
    }

    private int export(List<String> raw) throws IOException {
        Args a = Args.parse(raw, Set.of("--db", "--format", "--from", "--to", "--out", "--participant", "--title", "--paper"),
                Set.of("--lanes"));
        if (!a.positional.isEmpty()) throw new Args.UsageException("unexpected argument '" + a.positional.get(0) + "'");
        ExportFormat format;
        Paper paper;
        try {
            format = ExportFormat.parse(Optional.ofNullable(a.one("--format")).orElse("json"));
            paper = a.one("--paper") == null ? Paper.forLocale(java.util.Locale.getDefault()) : Paper.parse(a.one("--paper"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        LocalDate from = dateOption(a.one("--from"), true);
        LocalDate to = dateOption(a.one("--to"), false);
        if (from != null && to != null && to.isBefore(from)) throw new Args.UsageException("--to is before --from");
        String target = a.one("--out");
        Path db = DatabaseLocation.resolve(a.one("--db"));
        if (!Files.exists(db)) throw new IOException("no database at " + db + " (import something first)");
        try (Store store = Store.open(db)) {
            ExportData data = ExportData.load(store, from, to, a.all("--participant"));
            ExportOptions options = new ExportOptions(a.one("--title"), paper, a.has("--lanes"), null, null);
            return writeTo(target, o -> Exporter.export(format, data, options, o, Exporter.Progress.NONE));
        }
    }

    interface Writer {
        void write(OutputStream o) throws IOException;
    }

    private int writeTo(String target, Writer w) throws IOException {
        if (target == null || target.equals("-")) {
            w.write(out);
            out.flush();
            return 0;
        }
        Path p = Path.of(target);
        Path tmp = p.toAbsolutePath().resolveSibling(p.getFileName() + ".part");
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
            w.write(o);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        err.println("wrote " + p);
        return 0;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; a start option takes the first day, an end option the last. */
    static LocalDate dateOption(String s, boolean start) {
        if (s == null) return null;
        Optional<TimeValue> v = TimeValue.parse(s.strip()).filter(TimeValue::yearKnown);
        if (v.isEmpty()) throw new Args.UsageException("not a date: '" + s + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        return start ? v.get().start().orElseThrow() : v.get().end().orElseThrow();
    }
}
