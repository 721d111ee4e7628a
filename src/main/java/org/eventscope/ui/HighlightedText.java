package org.eventscope.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text with marked ranges (the evidence sentence, the date expression, participants' mentions),
 * selectable with the mouse or Ctrl+A and copyable with Ctrl+C, in a scroll pane.
 */
public final class HighlightedText extends ScrollPane {

    /** A range to mark, with the style class that colours it ("evidence", "date", "mention", "search-hit"). */
    public record Mark(int start, int end, String styleClass) {
    }

    private final TextFlow flow = new TextFlow();
    private final Pane marks = new Pane();
    private final Path selection = new Path();
    private String text = "";
    private List<Mark> current = List.of();
    private int anchor = -1;
    /** Where to scroll once the text has been laid out at its final width; -1 when nothing is pending. */
    private int pendingScroll = -1;
    private int selStart;
    private int selEnd;

    public HighlightedText() {
        getStyleClass().add("highlighted-text");
        flow.getStyleClass().add("document-text");
        marks.setMouseTransparent(true);
        selection.getStyleClass().add("text-selection");
        selection.setMouseTransparent(true);
        Pane layer = new Pane(marks, selection, flow) {
            // A Pane asks its children for their height at no particular width, which a TextFlow answers
            // unwrapped; the text is wrapped at its own preferred width, so ask for the height at that width.
            @Override
            protected double computePrefHeight(double width) {
                return flow.prefHeight(flow.getPrefWidth());
            }
        };
        setContent(layer);
        setFitToWidth(true);
        flow.prefWidthProperty().bind(viewportBoundsProperty().map(Bounds::getWidth).map(w -> Math.max(100, w.doubleValue() - 24)));
        flow.setLineSpacing(3);
        flow.setOnMousePressed(this::press);
        flow.setOnMouseDragged(this::drag);
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        flow.layoutBoundsProperty().addListener((o, a, b) -> {
            redrawMarks();
            if (pendingScroll >= 0) scrollToChar(pendingScroll);
        });
        // The content's final height is known only after the scroll pane has laid it out at the viewport's width.
        getContent().layoutBoundsProperty().addListener((o, a, b) -> {
            if (pendingScroll >= 0) scrollToChar(pendingScroll);
        });
    }

    /** Shows {@code text} with {@code marks}, and scrolls so that {@code scrollTo} (a character index) is in view. */
    public void show(String text, List<Mark> marks, int scrollTo) {
        this.text = text == null ? "" : text;
        this.current = List.copyOf(marks);
        selStart = selEnd = 0;
        selection.getElements().clear();
        List<Text> parts = new ArrayList<>();
        // Split at mark boundaries so a mention inside the evidence sentence can be styled on its own.
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, this.text.length()));
        for (Mark m : this.current) {
            cuts.add(clamp(m.start()));
            cuts.add(clamp(m.end()));
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Text t = new Text(this.text.substring(prev, cut));
                t.getStyleClass().add("document-run");
                for (Mark m : this.current) {
                    if (m.start() <= prev && m.end() >= cut && !m.styleClass().equals("evidence")) t.getStyleClass().add(m.styleClass());
                }
                parts.add(t);
            }
            prev = cut;
        }
        flow.getChildren().setAll(parts);
        flow.applyCss();
        flow.layout();
        redrawMarks();
        pendingScroll = scrollTo >= 0 && !this.text.isEmpty() ? scrollTo : -1;
        if (pendingScroll >= 0) {
            scrollToChar(pendingScroll);
            javafx.application.Platform.runLater(() -> {
                if (pendingScroll >= 0) scrollToChar(pendingScroll);
            });
        }
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(text.length(), i));
    }

    private void redrawMarks() {
        marks.getChildren().clear();
        for (Mark m : current) {
            if (m.end() <= m.start()) continue;
            PathElement[] shape = flow.rangeShape(clamp(m.start()), clamp(m.end()));
            Path p = new Path(shape);
            p.getStyleClass().addAll("mark", m.styleClass());
            p.setManaged(false);
            marks.getChildren().add(p);
        }
        if (selEnd > selStart) selection.getElements().setAll(flow.rangeShape(selStart, selEnd));
    }

    /** Scrolls so that the line holding character {@code index} sits in the upper third of the view. */
    public void scrollToChar(int index) {
        PathElement[] caret = flow.caretShape(clamp(index), true);
        Path p = new Path(caret);
        double y = p.getBoundsInLocal().getMinY();
        double contentHeight = Math.max(flow.getLayoutBounds().getHeight(), getContent().getLayoutBounds().getHeight());
        double viewport = getViewportBounds().getHeight();

        if (contentHeight <= viewport) {
            setVvalue(0);
            return;
        }
        double v = Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport)));
        setVvalue(getVmin() + v * (getVmax() - getVmin()));
    }

    private void press(MouseEvent e) {
        requestFocus();
        pendingScroll = -1;
        HitInfo hit = flow.hitTest(new Point2D(e.getX(), e.getY()));
        anchor = hit.getInsertionIndex();
        selStart = selEnd = anchor;
        selection.getElements().clear();
    }

    private void drag(MouseEvent e) {
        if (anchor < 0) return;
        int at = flow.hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex();
        select(Math.min(anchor, at), Math.max(anchor, at));
    }

    /** Selects characters [start, end). */
    public void select(int start, int end) {
        selStart = clamp(start);
        selEnd = clamp(end);
        selection.getElements().setAll(selEnd > selStart ? flow.rangeShape(selStart, selEnd) : new PathElement[0]);
    }

    public String selectedText() {
        return text.substring(selStart, selEnd);
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            select(0, text.length());
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copy();
            e.consume();
        }
    }

    /** Copies the selection (or, with none, the evidence sentence) to the clipboard. */
    public void copy() {
        String s = selectedText();
        if (s.isEmpty()) {
            s = current.stream().filter(m -> m.styleClass().equals("evidence")).findFirst()
                    .map(m -> text.substring(clamp(m.start()), clamp(m.end()))).orElse("");
        }
        if (s.isEmpty()) return;
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
    }

    public String text() {
        return text;
    }

    public List<Mark> marks() {
        return current;
    }
}
