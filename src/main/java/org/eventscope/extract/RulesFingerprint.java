package org.eventscope.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the extraction rules as shipped: every class and word list of this package, read from the jar or
 * the classes folder the package was loaded from. Any change to the rules changes it, so a database can tell
 * which of its articles were analysed by other rules and bring them up to date. Computed once, lazily.
 */
final class RulesFingerprint {
    private static final String PACKAGE = "org/eventscope/extract/";

    private RulesFingerprint() {
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    static String get() {
        return Holder.VALUE;
    }

    private static String compute() {
        try {
            return of(Path.of(RulesFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return "news-unknown";
        }
    }

    /** The digest of this package's files in {@code source}, a classes folder or a jar. */
    static String of(Path source) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(source)) {
                Path dir = source.resolve(PACKAGE);
                List<Path> files;
                try (Stream<Path> s = Files.walk(dir)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry je = e.nextElement();
                        if (!je.isDirectory() && je.getName().startsWith(PACKAGE)) entries.add(je);
                    }
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry je : entries) {
                        md.update(je.getName().substring(PACKAGE.length()).getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(je)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return "news-" + HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            // Rules that cannot be read are never reported as changed: nothing is re-analysed for nothing.
            return "news-unknown";
        }
    }
}
