package org.eventscope.ui.timeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

import org.eventscope.model.EventKind;
import org.eventscope.model.Precision;
import org.eventscope.timeline.LaneMode;
import org.eventscope.timeline.TimeRange;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineEvents;

/**
 * The zoomable timeline: a {@link Control} whose skin draws {@link TimelineEvents} on a canvas.
 * <p>
 * State lives in properties: {@link #eventsProperty() events}, {@link #scaleProperty() scale} (zoom = ms per pixel),
 * {@link #selectedEventIdProperty() selected event}, {@link #selectedRangeProperty() selected range} (Shift+drag),
 * {@link #laneModeProperty() lane mode}, {@link #getHighlightedParticipants() highlighted participants} and the
 * {@link #getLaneFilter() lane filter}. Colours and the font come from CSS ({@code timeline.css}, {@code timeline-dark.css}).
 */
public class TimelineView extends Control {

    public static final String LIGHT_STYLESHEET = TimelineView.class.getResource("/org/eventscope/ui/timeline.css").toExternalForm();
    public static final String DARK_STYLESHEET = TimelineView.class.getResource("/org/eventscope/ui/timeline-dark.css").toExternalForm();

    private final ObjectProperty<TimelineEvents> events = new SimpleObjectProperty<>(this, "events", TimelineEvents.empty());
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final ObjectProperty<Long> selectedEventId = new SimpleObjectProperty<>(this, "selectedEventId");
    private final ObjectProperty<TimeRange> selectedRange = new SimpleObjectProperty<>(this, "selectedRange");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.NONE);
    private final ObservableSet<Long> highlightedParticipants = FXCollections.observableSet();
    private final ObservableSet<Long> laneFilter = FXCollections.observableSet();
    private final ObjectProperty<BiFunction<LaneMode, Long, String>> laneLabels =
            new SimpleObjectProperty<>(this, "laneLabels", this::defaultLaneLabel);
    private final ObjectProperty<LongFunction<String>> participantNames =
            new SimpleObjectProperty<>(this, "participantNames", id -> "#" + id);
    private final ObjectProperty<LongFunction<EventDetails>> eventDetails = new SimpleObjectProperty<>(this, "eventDetails");
    private final ObjectProperty<LongConsumer> onOpenEvent = new SimpleObjectProperty<>(this, "onOpenEvent");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now(ZoneOffset.UTC));
    final ReadOnlyObjectWrapper<Long> hoveredEventId = new ReadOnlyObjectWrapper<>(this, "hoveredEventId");
    final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper(this, "viewportWidth");
    private boolean fitPending = true;
    private TimeRange pendingRange;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        events.addListener((o, a, b) -> {
            if (b == null) events.set(TimelineEvents.empty());
            else if (pendingRange == null && (getScale() == null || a == null || a.size() == 0)) fitAll();
            Long sel = getSelectedEventId();
            if (sel != null && b != null && b.indexOfId(sel) < 0) setSelectedEventId(null);
        });
    }

    public TimelineView(TimelineEvents events) {
        this();
        setEvents(events);
    }

    @Override
    protected Skin<?> createDefaultSkin() { return new TimelineViewSkin(this); }

    @Override
    public String getUserAgentStylesheet() { return LIGHT_STYLESHEET; }

    // ---- actions -------------------------------------------------------------------------------------------

    /** Shows every dated event (Home). With no events, shows the year around today. */
    public void fitAll() {
        double w = getViewportWidth();
        if (w <= 0) { fitPending = true; pendingRange = null; return; }
        fitPending = false;
        TimelineEvents ev = getEvents();
        if (ev.size() == 0) {
            long d = getToday().toEpochDay();
            showRange(new TimeRange((d - 183) * TimeScale.DAY_MS, (d + 183) * TimeScale.DAY_MS));
            return;
        }
        double t0 = ev.minDay() * (double) TimeScale.DAY_MS, t1 = (ev.maxDay() + 1.0) * TimeScale.DAY_MS;
        // more room on the right, where the last events' labels go
        setScale(TimeScale.fit(t0, t1, w, Math.min(40, w / 20), Math.min(240, w / 5)));
    }

    /** Shows [start, end) across the whole width (once the control has a width, if it has none yet). */
    public void showRange(TimeRange range) {
        double w = getViewportWidth();
        fitPending = false;
        if (w <= 0) { pendingRange = range; return; }
        pendingRange = null;
        setScale(TimeScale.fit(range.startMillis(), range.endMillis(), w, 0));
    }

    public void zoomIn() { zoomAt(getViewportWidth() / 2, 2); }

    public void zoomOut() { zoomAt(getViewportWidth() / 2, 0.5); }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping the instant at viewport x fixed. */
    public void zoomAt(double x, double factor) {
        TimeScale s = getScale();
        if (s != null) setScale(s.zoomAround(x, factor, getViewportWidth()));
    }

    /** Moves the content by dx pixels (positive: content moves right, earlier times come into view). */
    public void panBy(double dx) {
        TimeScale s = getScale();
        if (s != null) setScale(s.panBy(dx, getViewportWidth()));
    }

    /** The visible time range, or null before the first layout. */
    public TimeRange getVisibleRange() {
        TimeScale s = getScale();
        return s == null ? null : new TimeRange((long) s.toTime(0), (long) s.toTime(getViewportWidth()));
    }

    void fireOpen(long id) {
        LongConsumer c = getOnOpenEvent();
        if (c != null) c.accept(id);
    }

    /** Called by the skin once the control has a width: applies a range or a fit asked for before. */
    void applyPendingView() {
        if (getViewportWidth() <= 0) return;
        if (pendingRange != null) showRange(pendingRange);
        else if (fitPending || getScale() == null) fitAll();
    }

    /** The tooltip details for an event: the supplied provider's, or ones made from the timeline data. */
    EventDetails detailsFor(long id) {
        LongFunction<EventDetails> p = getEventDetails();
        if (p != null) {
            EventDetails d = p.apply(id);
            if (d != null) return d;
        }
        TimelineEvents ev = getEvents();
        int i = ev.indexOfId(id);
        if (i < 0) return new EventDetails("", "", List.of(), 0);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < ev.participantCount(i); k++) names.add(getParticipantNames().apply(ev.participant(i, k)));
        return new EventDetails(describeDate(ev.startDay(i), ev.endDay(i), ev.precision(i)), ev.title(i), names, ev.sources(i));
    }

    static String describeDate(int startDay, int endDay, int precision) {
        LocalDate s = LocalDate.ofEpochDay(startDay), e = LocalDate.ofEpochDay(endDay);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        return switch (Precision.values()[precision]) {
            case TIME, DAY -> s.format(day);
            case MONTH -> s.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> Integer.toString(s.getYear());
            case DECADE -> s.getYear() + "s";
            default -> s.equals(e) ? s.format(day) : s.format(day) + " – " + e.format(day);
        };
    }

    private String defaultLaneLabel(LaneMode mode, Long key) {
        return switch (mode) {
            case NONE -> "";
            case KIND -> key >= 0 && key < EventKind.values().length ? EventKind.values()[(int) (long) key].label() : "Kind " + key;
            case PARTICIPANT -> getParticipantNames().apply(key);
            case DOCUMENT -> "Document " + key;
        };
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ObjectProperty<TimelineEvents> eventsProperty() { return events; }
    public TimelineEvents getEvents() { return events.get(); }
    public void setEvents(TimelineEvents value) { events.set(value); }

    /** The zoom (ms per pixel) and the instant at the left edge; null until the control has a width. */
    public ObjectProperty<TimeScale> scaleProperty() { return scale; }
    public TimeScale getScale() { return scale.get(); }
    public void setScale(TimeScale value) { scale.set(value == null ? null : value.clamp(Math.max(1, getViewportWidth()))); }

    /** Id of the selected event, or null. */
    public ObjectProperty<Long> selectedEventIdProperty() { return selectedEventId; }
    public Long getSelectedEventId() { return selectedEventId.get(); }
    public void setSelectedEventId(Long value) { selectedEventId.set(value); }

    /** The range chosen with Shift+drag (what export uses), or null. */
    public ObjectProperty<TimeRange> selectedRangeProperty() { return selectedRange; }
    public TimeRange getSelectedRange() { return selectedRange.get(); }
    public void setSelectedRange(TimeRange value) { selectedRange.set(value); }

    public ObjectProperty<LaneMode> laneModeProperty() { return laneMode; }
    public LaneMode getLaneMode() { return laneMode.get(); }
    public void setLaneMode(LaneMode value) { laneMode.set(value == null ? LaneMode.NONE : value); }

    /** Participants whose events are drawn highlighted (besides those sharing a participant with the selection). */
    public ObservableSet<Long> getHighlightedParticipants() { return highlightedParticipants; }

    /** Lane keys to show (participant ids, kind ordinals or document ids, by lane mode); empty shows all lanes. */
    public ObservableSet<Long> getLaneFilter() { return laneFilter; }

    /** Names the lane headers: (mode, key) → label. */
    public ObjectProperty<BiFunction<LaneMode, Long, String>> laneLabelsProperty() { return laneLabels; }
    public void setLaneLabels(BiFunction<LaneMode, Long, String> value) { laneLabels.set(value == null ? this::defaultLaneLabel : value); }
    public BiFunction<LaneMode, Long, String> getLaneLabels() { return laneLabels.get(); }

    /** Participant id → name, for tooltips (and participant lane headers if no lane labels are set). */
    public ObjectProperty<LongFunction<String>> participantNamesProperty() { return participantNames; }
    public void setParticipantNames(LongFunction<String> value) { participantNames.set(value == null ? id -> "#" + id : value); }
    public LongFunction<String> getParticipantNames() { return participantNames.get(); }

    /** Event id → tooltip details (date as written, title, participants, sources); null falls back to the timeline data. */
    public ObjectProperty<LongFunction<EventDetails>> eventDetailsProperty() { return eventDetails; }
    public void setEventDetails(LongFunction<EventDetails> value) { eventDetails.set(value); }
    public LongFunction<EventDetails> getEventDetails() { return eventDetails.get(); }

    /** Called with an event id on Enter, or on double-click on an event, or when an unknown-year event is picked in the tray. */
    public ObjectProperty<LongConsumer> onOpenEventProperty() { return onOpenEvent; }
    public void setOnOpenEvent(LongConsumer value) { onOpenEvent.set(value); }
    public LongConsumer getOnOpenEvent() { return onOpenEvent.get(); }

    public ObjectProperty<LocalDate> todayProperty() { return today; }
    public LocalDate getToday() { return today.get(); }
    public void setToday(LocalDate value) { today.set(value); }

    /** The event under the pointer, or null. */
    public ReadOnlyObjectProperty<Long> hoveredEventIdProperty() { return hoveredEventId.getReadOnlyProperty(); }

    /** Width in pixels of the drawing area (set by the skin). */
    public ReadOnlyDoubleProperty viewportWidthProperty() { return viewportWidth.getReadOnlyProperty(); }
    public double getViewportWidth() { return viewportWidth.get(); }

    // ---- CSS -----------------------------------------------------------------------------------------------

    private static final StyleablePropertyFactory<TimelineView> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    final StyleableObjectProperty<Color> canvasColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "canvasColor", "-es-canvas", v -> v.canvasColor, Color.WHITE);
    final StyleableObjectProperty<Color> laneAltColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "laneAltColor", "-es-lane-alt", v -> v.laneAltColor, Color.web("#f6f7f9"));
    final StyleableObjectProperty<Color> axisColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "axisColor", "-es-axis", v -> v.axisColor, Color.web("#fafbfc"));
    final StyleableObjectProperty<Color> gridColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "gridColor", "-es-grid", v -> v.gridColor, Color.web("#eceef1"));
    final StyleableObjectProperty<Color> gridStrongColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "gridStrongColor", "-es-grid-strong", v -> v.gridStrongColor, Color.web("#d5d9df"));
    final StyleableObjectProperty<Color> textColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "textColor", "-es-text", v -> v.textColor, Color.web("#2b2f36"));
    final StyleableObjectProperty<Color> mutedTextColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "mutedTextColor", "-es-text-muted", v -> v.mutedTextColor, Color.web("#6b7280"));
    final StyleableObjectProperty<Color> accentColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "accentColor", "-es-accent", v -> v.accentColor, Color.web("#2563eb"));
    final StyleableObjectProperty<Color> highlightColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "highlightColor", "-es-highlight", v -> v.highlightColor, Color.web("#f59e0b"));
    final StyleableObjectProperty<Color> todayColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "todayColor", "-es-today", v -> v.todayColor, Color.web("#dc2626"));
    final StyleableObjectProperty<Color> clusterColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "clusterColor", "-es-cluster", v -> v.clusterColor, Color.web("#64748b"));
    final StyleableObjectProperty<Color> clusterTextColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "clusterTextColor", "-es-cluster-text", v -> v.clusterTextColor, Color.WHITE);
    final StyleableObjectProperty<Color> rangeColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "rangeColor", "-es-range", v -> v.rangeColor, Color.web("#2563eb", 0.10));
    final StyleableObjectProperty<Color> overviewColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "overviewColor", "-es-overview", v -> v.overviewColor, Color.web("#f3f4f6"));
    final StyleableObjectProperty<Color> overviewBarColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "overviewBarColor", "-es-overview-bar", v -> v.overviewBarColor, Color.web("#94a3b8"));
    final StyleableObjectProperty<Color> tooltipColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "tooltipColor", "-es-tooltip", v -> v.tooltipColor, Color.web("#1f2937"));
    final StyleableObjectProperty<Color> tooltipTextColor = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "tooltipTextColor", "-es-tooltip-text", v -> v.tooltipTextColor, Color.web("#f9fafb"));
    static final String[] DEFAULT_KIND_COLORS = org.eventscope.timeline.KindPalette.LIGHT;
    /** One colour per {@link EventKind} in declaration order: CSS {@code -es-kind-0} … {@code -es-kind-13}. */
    @SuppressWarnings("unchecked")
    final StyleableObjectProperty<Color>[] kindColors = new StyleableObjectProperty[DEFAULT_KIND_COLORS.length];

    {
        for (int k = 0; k < kindColors.length; k++) {
            final int kk = k;
            kindColors[k] = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, "kindColor" + k, "-es-kind-" + k,
                    v -> v.kindColors[kk], Color.web(DEFAULT_KIND_COLORS[k]));
        }
    }
    final javafx.css.StyleableStringProperty fontFamily = (javafx.css.StyleableStringProperty) CSS.createStyleableStringProperty(this, "fontFamily", "-es-font-family", v -> v.fontFamily, "System");

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return CSS.getCssMetaData(); }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return getClassCssMetaData(); }

    /** The colour for a kind ordinal ({@code -es-kind-N} in CSS). */
    Color kindColor(int kind) {
        return kindColors[Math.floorMod(kind, kindColors.length)].get();
    }
}
