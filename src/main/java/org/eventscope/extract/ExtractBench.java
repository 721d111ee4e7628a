package org.eventscope.extract;

import org.eventscope.model.DocumentInfo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Extraction speed: analyses a folder of articles (the .txt files under it, default ./seeds), then generated
 * event-dense news-like text, over and over on one thread and prints each set's median throughput in MB/s
 * (UTF-16 characters counted as bytes of text). Arguments: optional folder and number of rounds (default 15).
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<String> articles = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    articles.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        Extractor x = Extractor.standard();
        if (!articles.isEmpty()) {
            System.out.printf("articles of %s (%d files), as they are:%n", folder, articles.size());
            run(x, articles, rounds);
        }
        System.out.println("generated worst case (a date, a title, two names and an event verb in every sentence):");
        run(x, generated(200, 42), rounds);
    }

    /** Seconds of analysis before timing starts (property {@code eventscope.bench.warmup}, default 20). */
    private static final long WARM_UP_SECONDS = Long.getLong("eventscope.bench.warmup", 20);
    private static boolean warmed;

    /**
     * Analyses {@code docs} for {@link #WARM_UP_SECONDS} (at least 5 times) to warm up, then {@code rounds} times,
     * and prints the median throughput.
     */
    private static void run(Extractor x, List<String> given, int rounds) {
        // a round of at least 0.3 MB, so that timer resolution and one slow article do not decide the figure
        long size = given.stream().mapToLong(String::length).sum();
        List<String> docs = new ArrayList<>();
        for (int k = 0; k == 0 || (long) k * size < 300_000; k++) docs.addAll(given);
        List<DocumentInfo> infos = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < docs.size(); i++) {
            infos.add(DocumentMetadata.read(docs.get(i), "doc" + i + ".txt"));
            chars += docs.get(i).length();
        }
        // warm up until the JIT has compiled the large methods: at least 5 rounds and WARM_UP_SECONDS of analysis
        // (on a loaded 2-core host the optimising compiler needs tens of seconds; rounds timed before it finishes
        // measure the compiler, not the extractor)
        long warmUntil = System.nanoTime() + (warmed ? 0 : WARM_UP_SECONDS * 1_000_000_000L);
        warmed = true; // the JIT's work is done once per JVM: a later set needs only its 5 rounds
        for (int w = 0; w < 5 || System.nanoTime() < warmUntil; w++) {
            for (int i = 0; i < docs.size(); i++) x.analyze(docs.get(i), infos.get(i));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] mbs = new double[rounds];
        double[] wall = new double[rounds];
        long events = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < docs.size(); i++) events += x.analyze(docs.get(i), infos.get(i)).events().size();
            wall[r] = chars / 1e6 / ((System.nanoTime() - t0) / 1e9);
            mbs[r] = chars / 1e6 / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        Arrays.sort(mbs);
        Arrays.sort(wall);
        double median = mbs[rounds / 2];
        double perDoc = 2000 / (median * 1e6) * 1000;
        System.out.printf("  documents per round: %d, text: %.2f MB, rounds: %d, events per round: %d%n", docs.size(),
                chars / 1e6, rounds, events / rounds);
        System.out.printf("  median %.2f MB/s of one core's CPU time (min %.2f, max %.2f); a 2 kB article takes %.3f ms%n",
                median, mbs[0], mbs[rounds - 1], perDoc);
        System.out.printf("  median %.2f MB/s wall clock (depends on what else the machine runs)%n", wall[rounds / 2]);
    }

    /** News-like articles with names, titles, dates of many shapes and event verbs, reproducibly random. */
    static List<String> generated(int n, long seed) {
        Random r = new Random(seed);
        String[] first = {"Sergey", "Maria", "John", "Aslan", "Fatima", "Wei", "Carlos", "Amina", "Olena", "Rahul"};
        String[] last = {"Ivanov", "Okafor", "Smith", "Bzhania", "Haddad", "Zhang", "Mendes", "Diallo", "Kovalenko", "Mehta"};
        String[] places = {"Georgia", "Kenya", "Brazil", "Ukraine", "India", "Turkey", "France", "Egypt", "Japan", "Chile"};
        String[] titles = {"Foreign Minister", "President", "Prime Minister", "Defence Minister", "Governor"};
        String[] verbs = {"met", "signed an agreement with", "visited", "hosted", "criticised", "appointed", "called"};
        String[] dates = {"on Monday", "last week", "on August 26, 2008", "on 12 March", "in November 2017",
                "earlier this month", "two weeks ago", "on Tuesday", "in the first quarter of 2020", "yesterday"};
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        List<String> out = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            StringBuilder b = new StringBuilder();
            int y = 2005 + r.nextInt(18);
            b.append("date ").append(y).append(String.format("-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    .append(" example.org\n");
            b.append(places[r.nextInt(10)]).append(" and ").append(places[r.nextInt(10)]).append(" hold talks\n\n");
            int paras = 4 + r.nextInt(6);
            for (int p = 0; p < paras; p++) {
                String a = first[r.nextInt(10)] + " " + last[r.nextInt(10)];
                String o = first[r.nextInt(10)] + " " + last[r.nextInt(10)];
                b.append(places[r.nextInt(10)]).append("n ").append(titles[r.nextInt(5)]).append(' ').append(a)
                        .append(' ').append(dates[r.nextInt(dates.length)]).append(' ').append(verbs[r.nextInt(7)])
                        .append(' ').append(o).append(" in ").append(places[r.nextInt(10)]).append(". ");
                b.append("According to officials, trade rose by ").append(r.nextInt(40)).append(" percent in ")
                        .append(months[r.nextInt(12)]).append(' ').append(y - 1).append(", and ")
                        .append(100 + r.nextInt(900)).append(" agreements were signed. ");
                b.append('"').append("We will continue the dialogue next month,").append('"').append(' ')
                        .append(a.substring(a.indexOf(' ') + 1)).append(" said.\n\n");
            }
            out.add(b.toString());
        }
        return out;
    }
}
