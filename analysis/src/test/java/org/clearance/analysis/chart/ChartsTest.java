package org.clearance.analysis.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clearance.app.BadInput;
import org.clearance.app.RuleData;
import org.clearance.classification.ItemSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts parse as SVG and PNG, and the plane carries every catalog chip as a mark titled with its id. */
class ChartsTest {

    private static final RuleData DATA = RuleData.bundled();

    @TempDir
    Path dir;

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void the_plane_is_svg_with_every_catalog_chip_as_a_titled_mark_and_the_regions_labelled() throws Exception {
        Path svg = dir.resolve("plane.svg");
        Charts.write(PlaneChart.draw(DATA, LocalDate.parse("2026-12-07")), svg);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SvgWriter.SVG);
        Set<String> titled = new HashSet<>();
        NodeList circles = doc.getElementsByTagNameNS(SvgWriter.SVG, "circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            NodeList t = c.getElementsByTagNameNS(SvgWriter.SVG, "title");
            if (t.getLength() > 0) titled.add(t.item(0).getTextContent());
        }
        for (ItemSpec item : DATA.catalog().items()) assertThat(titled).contains(item.id());
        String text = Files.readString(svg);
        assertThat(text).contains("3A090.a (3A090.a.1", "3A090.b (", "not controlled", "PD ?");
    }

    @Test
    void before_november_2023_the_plane_has_no_3a090_b_region() throws Exception {
        Path svg = dir.resolve("plane-2023.svg");
        Charts.write(PlaneChart.draw(DATA, LocalDate.parse("2023-06-01")), svg);
        String text = Files.readString(svg);
        assertThat(text).contains("3A090.a (3A090.a)</title>").doesNotContain("3A090.b (");
    }

    @Test
    void the_plane_and_the_timeline_render_as_png() throws Exception {
        Path png = dir.resolve("plane.png");
        Charts.write(PlaneChart.draw(DATA, LocalDate.parse("2026-12-07")), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(980);
        Path timeline = dir.resolve("timeline.png");
        Charts.write(TimelineChart.draw(DATA.pack(), LocalDate.parse("2027-06-01")), timeline);
        assertThat(ImageIO.read(timeline.toFile()).getHeight()).isGreaterThan(500);
    }

    @Test
    void the_timeline_has_a_titled_segment_for_every_rule_and_threshold() throws Exception {
        Path svg = dir.resolve("timeline.svg");
        Charts.write(TimelineChart.draw(DATA.pack(), LocalDate.parse("2027-06-01")), svg);
        String text = Files.readString(svg);
        for (var r : DATA.pack().rules()) assertThat(text).contains("<title>" + r.id() + ": ");
        for (var p : DATA.pack().parameters()) assertThat(text).contains("<title>" + p.id() + " = ");
        assertThat(text).contains("3a090/tpp_a1 = 4,800 from 2023-11-17");
        parse(svg);
    }

    @Test
    void another_extension_is_bad_input() {
        assertThatThrownBy(() -> Charts.write(new Scene(10, 10, "x"), dir.resolve("plane.pdf")))
                .isInstanceOf(BadInput.class).hasMessageContaining(".svg or .png");
    }
}
