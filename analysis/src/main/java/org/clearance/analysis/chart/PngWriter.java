package org.clearance.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a scene with Java 2D (headless) and encodes it as PNG with the JDK's ImageIO. */
public final class PngWriter {

    private PngWriter() {
    }

    public static byte[] write(Scene scene) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scene.width(), scene.height());
        for (Scene.Shape s : scene.shapes()) {
            switch (s) {
                case Scene.Rect r -> {
                    Rectangle2D shape = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
                    if (r.fill() != null) {
                        g.setColor(color(r.fill()));
                        g.fill(shape);
                    }
                    if (r.stroke() != null) {
                        g.setColor(color(r.stroke()));
                        g.setStroke(new BasicStroke(1f));
                        g.draw(shape);
                    }
                }
                case Scene.Circle c -> {
                    Ellipse2D shape = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
                    g.setColor(color(c.fill()));
                    g.fill(shape);
                    if (c.stroke() != null) {
                        g.setColor(color(c.stroke()));
                        g.setStroke(new BasicStroke(1f));
                        g.draw(shape);
                    }
                }
                case Scene.Line l -> {
                    g.setColor(color(l.stroke()));
                    g.setStroke(l.dashed() ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER, 10f, new float[]{4f, 3f}, 0f) : new BasicStroke((float) l.width()));
                    g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
                }
                case Scene.Text t -> {
                    g.setColor(color(t.fill()));
                    g.setFont(new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, (int) Math.round(t.size())));
                    double w = g.getFontMetrics().stringWidth(t.text());
                    double x = switch (t.anchor()) {
                        case "middle" -> t.x() - w / 2;
                        case "end" -> t.x() - w;
                        default -> t.x();
                    };
                    g.drawString(t.text(), (float) x, (float) t.y());
                }
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }
}
