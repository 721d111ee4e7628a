package org.eventscope.cli;

import org.eventscope.export.ExportData;
import org.eventscope.export.ExportFormat;
import org.eventscope.export.ExportOptions;
import org.eventscope.export.Exporter;
import org.eventscope.export.Paper;
import org.eventscope.model.Event;
import org.eventscope.model.Participant;
import org.eventscope.store.Store;
import org.eventscope.timeline.EventFilter;
import org.eventscope.ui.ExportService;
import org.eventscope.ui.TaskRunner;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/** Gives the window the export layer: the range is loaded, the window's filter applied, and the chosen format written. */
final class ExportBridge implements ExportService {

    @Override
    public String extension(String format) {
        return ExportFormat.parse(format).extension();
    }

    @Override
    public String description(String format) {
        return ExportFormat.parse(format).description();
    }

    @Override
    public String defaultPaper() {
        return Paper.forLocale(Locale.getDefault()).toString();
    }

    @Override
    public void export(Store store, Request req, OutputStream out, TaskRunner.Progress progress) throws Exception {
        progress.update(-1, "Reading events…");
        ExportData all = ExportData.load(store, req.from(), req.to(), List.of());
        EventFilter filter = req.filter() == null ? EventFilter.NONE : req.filter();
        List<String> names = new ArrayList<>();
        for (Participant p : all.participants()) if (filter.participants().contains(p.id())) names.add(p.name());
        EventFilter withoutRange = filter.withRange(null, null);
        List<Event> events = all.events().stream().filter(withoutRange::test).toList();
        ExportData data = new ExportData(req.from(), req.to(), names, all.documents(), all.participants(), events,
                all.documentsByParticipant());
        java.util.Map<Long, String> docNames = new java.util.HashMap<>();
        all.documents().forEach(d -> docNames.put(d.id(), d.file()));
        java.util.Map<Long, String> partNames = new java.util.HashMap<>();
        all.participants().forEach(p -> partNames.put(p.id(), p.name()));
        ExportOptions options = ExportOptions.of(req.title()).withLanes(req.lanes())
                .withFilters(withoutRange.describe(id -> docNames.getOrDefault(id, "#" + id), id -> partNames.getOrDefault(id, "#" + id)));
        if (req.paper() != null) options = options.withPaper(Paper.parse(req.paper()));
        Exporter.export(ExportFormat.parse(req.format()), data, options, out, (f, m) -> {
            if (progress.isCancelled()) throw new CancellationException("Export cancelled");
            progress.update(f, m);
        });
    }
}
