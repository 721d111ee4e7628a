package org.eventscope.ui.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import org.eventscope.model.EventKind;
import org.eventscope.timeline.Axis;
import org.eventscope.timeline.Frame;
import org.eventscope.timeline.Lane;
import org.eventscope.timeline.LaneMode;
import org.eventscope.timeline.LayoutStyle;
import org.eventscope.timeline.TickGenerator;
import org.eventscope.timeline.TimelineEvents;
import org.eventscope.timeline.TimelineLayout;
import org.eventscope.timeline.UnplacedEvent;

/**
 * Skin of {@link TimelineView}: a toolbar (zoom buttons, Fit all, legend, unknown-year tray), the timeline canvas with
 * its vertical scroll bar, and the overview strip. Redraws at most once per pulse: changes only set a dirty flag and
 * start a one-shot {@link AnimationTimer}.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double TOOLBAR_HEIGHT = 34;

    final Canvas canvas = new Canvas();
    final ScrollBar vbar = new ScrollBar();
    final OverviewStrip overview;
    final HBox toolbar = new HBox(6);
    final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(12, 2);
    final MenuButton tray = new MenuButton();
    final Button zoomInButton = new Button("+");
    final Button zoomOutButton = new Button("−");
    final Button fitButton = new Button("Fit all");
    private final TimelineRenderer renderer;
    private final TimelineInput input;
    private Font font, bold;
    private FxTextMeasurer measurer;
    private String fontKey = "";
    private TimelineLayout layout;
    private Frame frame;
    private Axis axis;
    private boolean layoutDirty = true, dirty;
    private LaneMode shownLanes = LaneMode.NONE;
    private List<Lane> lanes = List.of();
    private CompletableFuture<Void> laneBuild;
    private TimelineEvents laneBuildEvents;
    private LaneMode laneBuildMode;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (dirty) draw();
        }
    };
    /** Frames drawn so far (for tests and the benchmark). */
    int framesDrawn;

    public TimelineViewSkin(TimelineView view) {
        super(view);
        renderer = new TimelineRenderer(view);
        overview = new OverviewStrip(view, this::markDirty);
        canvas.getStyleClass().add("timeline-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.getStyleClass().add("timeline-vbar");
        vbar.valueProperty().addListener((o, a, b) -> invalidateLayout());
        zoomOutButton.setOnAction(e -> view.zoomOut());
        zoomInButton.setOnAction(e -> view.zoomIn());
        fitButton.setOnAction(e -> view.fitAll());
        zoomOutButton.setTooltip(new Tooltip("Zoom out (−)"));
        zoomInButton.setTooltip(new Tooltip("Zoom in (+)"));
        fitButton.setTooltip(new Tooltip("Show every dated event (Home)"));
        for (Button b : List.of(zoomOutButton, zoomInButton, fitButton)) {
            b.setFocusTraversable(false);
            b.getStyleClass().add("timeline-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        tray.setMinWidth(Region.USE_PREF_SIZE);
        tray.setFocusTraversable(false);
        tray.getStyleClass().add("timeline-tray");
        legend.getStyleClass().add("timeline-legend");
        legend.setMinWidth(0);
        legend.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        toolbar.setMinWidth(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(toolbar.widthProperty());
        clip.heightProperty().bind(toolbar.heightProperty());
        toolbar.setClip(clip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.getStyleClass().add("timeline-toolbar");
        toolbar.getChildren().addAll(zoomOutButton, zoomInButton, fitButton, spacer, tray);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(toolbar, legend, canvas, vbar, overview.canvas);
        input = new TimelineInput(view, this);

        Runnable relayout = () -> { layoutDirty = true; markDirty(); };
        view.eventsProperty().addListener((o, a, b) -> { refreshLegendAndTray(); relayout.run(); });
        view.scaleProperty().addListener((o, a, b) -> relayout.run());
        view.laneModeProperty().addListener((o, a, b) -> relayout.run());
        view.getLaneFilter().addListener((SetChangeListener<Long>) c -> relayout.run());
        view.laneLabelsProperty().addListener((o, a, b) -> markDirty());
        view.selectedEventIdProperty().addListener((o, a, b) -> markDirty());
        view.selectedRangeProperty().addListener((o, a, b) -> markDirty());
        view.getHighlightedParticipants().addListener((SetChangeListener<Long>) c -> markDirty());
        view.todayProperty().addListener((o, a, b) -> markDirty());
        view.hoveredEventId.addListener((o, a, b) -> markDirty());
        for (var p : List.of(view.canvasColor, view.textColor, view.accentColor, view.clusterColor, view.gridColor, view.axisColor))
            p.addListener((o, a, b) -> markDirty());
        for (var p : view.kindColors) p.addListener((o, a, b) -> { refreshLegendAndTray(); markDirty(); });
        view.fontFamily.addListener((o, a, b) -> relayout.run());
        refreshLegendAndTray();
    }

    void markDirty() {
        if (!dirty) {
            dirty = true;
            pulse.start();
        }
    }

    void invalidateLayout() { layoutDirty = true; markDirty(); }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        toolbar.resizeRelocate(x, y, w, TOOLBAR_HEIGHT);
        double legendH = legend.getChildren().isEmpty() ? 0 : legend.prefHeight(w - 16) + 6;
        legend.resizeRelocate(x + 8, y + TOOLBAR_HEIGHT, w - 16, legendH);
        y += legendH;
        h -= legendH;
        double barW = vbar.prefWidth(-1);
        double mainH = Math.max(0, h - TOOLBAR_HEIGHT - OverviewStrip.HEIGHT);
        boolean needBar = frame != null && frame.contentHeight() > mainH - TimelineRenderer.AXIS_HEIGHT;
        vbar.setVisible(needBar);
        double cw = Math.max(0, w - (needBar ? barW : 0));
        canvas.setWidth(cw);
        canvas.setHeight(mainH);
        canvas.relocate(x, y + TOOLBAR_HEIGHT);
        vbar.resizeRelocate(x + cw, y + TOOLBAR_HEIGHT + TimelineRenderer.AXIS_HEIGHT, barW, Math.max(0, mainH - TimelineRenderer.AXIS_HEIGHT));
        overview.canvas.setWidth(w);
        overview.canvas.setHeight(OverviewStrip.HEIGHT);
        overview.canvas.relocate(x, y + TOOLBAR_HEIGHT + mainH);
        TimelineView view = getSkinnable();
        if (view.getViewportWidth() != cw) {
            view.viewportWidth.set(cw);
            if (view.getScale() != null) view.setScale(view.getScale());
        }
        view.applyPendingView();
        invalidateLayout();
    }

    @Override
    protected double computeMinWidth(double h, double top, double right, double bottom, double left) { return 240; }

    @Override
    protected double computeMinHeight(double w, double top, double right, double bottom, double left) {
        return TOOLBAR_HEIGHT + TimelineRenderer.AXIS_HEIGHT + 60 + OverviewStrip.HEIGHT;
    }

    @Override
    protected double computePrefWidth(double h, double top, double right, double bottom, double left) { return 900; }

    @Override
    protected double computePrefHeight(double w, double top, double right, double bottom, double left) { return 480; }

    private void ensureFonts() {
        String key = getSkinnable().fontFamily.get();
        if (measurer == null || !key.equals(fontKey)) {
            fontKey = key;
            font = Font.font(key, 12);
            bold = Font.font(key, FontWeight.BOLD, 12);
            // measured in the bold face: bold and regular labels then both fit the room they get
            measurer = new FxTextMeasurer(bold);
            layout = new TimelineLayout(LayoutStyle.defaults(), measurer);
        }
    }

    /** The current frame, laid out now if anything changed since the last one. */
    Frame frame() {
        TimelineView view = getSkinnable();
        ensureFonts();
        if (view.getScale() == null || canvas.getWidth() <= 0) return null;
        if (layoutDirty || frame == null) {
            TimelineEvents ev = view.getEvents();
            List<Lane> ls = lanesFor(ev, view.getLaneMode());
            lanes = view.getLaneFilter().isEmpty() || shownLanes == LaneMode.NONE ? ls
                    : ev.lanes(shownLanes).filtered(view.getLaneFilter());
            double top = scrollY(), viewH0 = canvas.getHeight() - TimelineRenderer.AXIS_HEIGHT;
            // rows with whole labels: as many as the view has room for (shared between lanes), at least the style's
            LayoutStyle st = layout.style();
            int roomRows = (int) ((viewH0 - 2 * st.lanePadding()) / st.rowHeight());
            int soft = shownLanes == LaneMode.NONE ? Math.max(st.softRows(), roomRows)
                    : Math.max(2, Math.min(st.softRows(), roomRows / Math.max(1, lanes.size())));
            frame = layout.layout(ev, lanes, shownLanes != LaneMode.NONE, view.getScale(), canvas.getWidth(), top - 40, top + viewH0 + 40, soft);
            axis = new TickGenerator(measurer, 5).axis(view.getScale(), canvas.getWidth());
            layoutDirty = false;
            double viewH = canvas.getHeight() - TimelineRenderer.AXIS_HEIGHT;
            vbar.setMax(Math.max(0, frame.contentHeight() - viewH));
            vbar.setVisibleAmount(Math.max(1, viewH));
            boolean needBar = frame.contentHeight() > viewH;
            if (needBar != vbar.isVisible()) getSkinnable().requestLayout();
            if (vbar.getValue() > vbar.getMax()) vbar.setValue(vbar.getMax());
        }
        return frame;
    }

    /** Lanes for a mode; large sets build their lane indexes in the background and show one lane meanwhile. */
    private List<Lane> lanesFor(TimelineEvents ev, LaneMode mode) {
        if (mode == LaneMode.NONE || ev.size() < 50_000 || ev.lanesReady(mode)) {
            shownLanes = mode;
            return ev.lanes(mode).all();
        }
        if (laneBuild == null || laneBuildEvents != ev || laneBuildMode != mode) {
            laneBuildEvents = ev;
            laneBuildMode = mode;
            laneBuild = CompletableFuture.runAsync(() -> ev.lanes(mode));
            laneBuild.thenRun(() -> Platform.runLater(this::invalidateLayout));
        }
        shownLanes = LaneMode.NONE;
        return ev.lanes(LaneMode.NONE).all();
    }

    double scrollY() { return vbar.isVisible() ? vbar.getValue() : 0; }

    void scrollBy(double dy) {
        if (vbar.isVisible()) vbar.setValue(Math.max(0, Math.min(vbar.getMax(), vbar.getValue() + dy)));
    }

    void draw() {
        dirty = false;
        TimelineView view = getSkinnable();
        Frame f = frame();
        if (f == null) return;
        TimelineEvents ev = view.getEvents();
        Long sel = view.getSelectedEventId();
        int selIndex = sel == null ? -1 : ev.indexOfId(sel);
        Set<Long> hl = new HashSet<>(view.getHighlightedParticipants());
        if (selIndex >= 0) for (long p : ev.participants(selIndex)) hl.add(p);
        List<String> names = new ArrayList<>(f.lanes().size());
        for (var b : f.lanes()) names.add(laneName(b.key()));
        TimelineRenderer.State st = new TimelineRenderer.State(scrollY(), selIndex, hl, input.hoverMark(), input.hoverCluster(), input.hoverX(), input.hoverY(),
                input.liveRange() != null ? input.liveRange() : view.getSelectedRange(), shownLanes != LaneMode.NONE, names,
                view.getToday().toEpochDay());
        renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), f, axis, ev, st, font, bold, measurer);
        overview.draw(font, measurer);
        framesDrawn++;
    }

    String laneName(long key) {
        return getSkinnable().getLaneLabels().apply(shownLanes, key);
    }

    private void refreshLegendAndTray() {
        TimelineView view = getSkinnable();
        TimelineEvents ev = view.getEvents();
        boolean[] present = new boolean[EventKind.values().length];
        int step = Math.max(1, ev.size() / 200_000);
        for (int i = 0; i < ev.size(); i += step) if (ev.kind(i) < present.length) present[ev.kind(i)] = true;
        legend.getChildren().clear();
        for (EventKind k : EventKind.values()) {
            if (!present[k.ordinal()]) continue;
            Label l = new Label(k.label(), new Circle(5, view.kindColor(k.ordinal())));
            l.getStyleClass().add("timeline-legend-item");
            l.setMinWidth(0);
            legend.getChildren().add(l);
        }
        List<UnplacedEvent> un = ev.unplaced();
        tray.setText("Unknown year · " + un.size());
        tray.setVisible(!un.isEmpty()); // shown only when there is something in it
        tray.setManaged(!un.isEmpty());
        tray.getItems().clear();
        for (UnplacedEvent u : un) {
            MenuItem mi = new MenuItem(u.dateText() + " — " + u.title());
            mi.setOnAction(e -> view.fireOpen(u.id()));
            tray.getItems().add(mi);
        }
    }

    TimelineEvents events() { return getSkinnable().getEvents(); }

    @Override
    public void dispose() {
        pulse.stop();
        input.dispose();
        super.dispose();
    }
}
