package org.clearance.analysis.chart;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes a scene as SVG through the JDK's XML DOM (escaping and well-formedness are the library's, not ours). */
public final class SvgWriter {

    static final String SVG = "http://www.w3.org/2000/svg";

    private SvgWriter() {
    }

    public static String write(Scene scene) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element svg = doc.createElementNS(SVG, "svg");
        svg.setAttribute("width", Integer.toString(scene.width()));
        svg.setAttribute("height", Integer.toString(scene.height()));
        svg.setAttribute("viewBox", "0 0 " + scene.width() + " " + scene.height());
        svg.setAttribute("font-family", "DejaVu Sans, Arial, Helvetica, sans-serif");
        doc.appendChild(svg);
        Element title = doc.createElementNS(SVG, "title");
        title.setTextContent(scene.title());
        svg.appendChild(title);
        Element background = doc.createElementNS(SVG, "rect");
        background.setAttribute("width", "100%");
        background.setAttribute("height", "100%");
        background.setAttribute("fill", "#ffffff");
        svg.appendChild(background);
        for (Scene.Shape s : scene.shapes()) svg.appendChild(element(doc, s));
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element element(Document doc, Scene.Shape s) {
        Element e = switch (s) {
            case Scene.Rect r -> {
                Element x = doc.createElementNS(SVG, "rect");
                x.setAttribute("x", n(r.x()));
                x.setAttribute("y", n(r.y()));
                x.setAttribute("width", n(r.w()));
                x.setAttribute("height", n(r.h()));
                x.setAttribute("fill", r.fill() == null ? "none" : r.fill());
                if (r.stroke() != null) x.setAttribute("stroke", r.stroke());
                yield x;
            }
            case Scene.Circle c -> {
                Element x = doc.createElementNS(SVG, "circle");
                if (c.id() != null) x.setAttribute("id", c.id());
                x.setAttribute("cx", n(c.cx()));
                x.setAttribute("cy", n(c.cy()));
                x.setAttribute("r", n(c.r()));
                x.setAttribute("fill", c.fill());
                if (c.stroke() != null) x.setAttribute("stroke", c.stroke());
                yield x;
            }
            case Scene.Line l -> {
                Element x = doc.createElementNS(SVG, "line");
                x.setAttribute("x1", n(l.x1()));
                x.setAttribute("y1", n(l.y1()));
                x.setAttribute("x2", n(l.x2()));
                x.setAttribute("y2", n(l.y2()));
                x.setAttribute("stroke", l.stroke());
                x.setAttribute("stroke-width", n(l.width()));
                if (l.dashed()) x.setAttribute("stroke-dasharray", "4 3");
                yield x;
            }
            case Scene.Text t -> {
                Element x = doc.createElementNS(SVG, "text");
                x.setAttribute("x", n(t.x()));
                x.setAttribute("y", n(t.y()));
                x.setAttribute("font-size", n(t.size()));
                x.setAttribute("text-anchor", t.anchor());
                x.setAttribute("fill", t.fill());
                if (t.bold()) x.setAttribute("font-weight", "bold");
                x.setTextContent(t.text());
                yield x;
            }
        };
        if (s.title() != null) {
            Element title = doc.createElementNS(SVG, "title");
            title.setTextContent(s.title());
            e.insertBefore(title, e.getFirstChild());
        }
        return e;
    }

    private static String n(double v) {
        if (v == Math.rint(v)) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
