package org.clearance.analysis.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as plain shapes in pixel coordinates, drawn once and written either as SVG (each shape with its hover text
 * as an SVG {@code <title>}) or as PNG: the two outputs cannot disagree.
 */
public final class Scene {

    /** A shape; {@code title} is its hover text (null for none), {@code id} an SVG id (null for none). */
    public sealed interface Shape {
        String title();
    }

    public record Rect(double x, double y, double w, double h, String fill, String stroke, String title)
            implements Shape {
    }

    public record Circle(double cx, double cy, double r, String fill, String stroke, String title, String id)
            implements Shape {
    }

    public record Line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed)
            implements Shape {
        public String title() {
            return null;
        }
    }

    /** {@code anchor}: start, middle or end. */
    public record Text(double x, double y, String text, double size, String anchor, String fill, boolean bold,
                       String title) implements Shape {
    }

    private final int width;
    private final int height;
    private final String title;
    private final List<Shape> shapes = new ArrayList<>();

    public Scene(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    public Scene add(Shape s) {
        shapes.add(s);
        return this;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String title() {
        return title;
    }

    public List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    /** An approximate text width, for placing labels that do not overlap. */
    static double textWidth(String text, double size) {
        return text.length() * size * 0.56;
    }
}
