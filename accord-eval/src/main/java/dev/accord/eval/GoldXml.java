package dev.accord.eval;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading gold XML files safely (no external entities) and the small DOM walks the scorers share. */
final class GoldXml {

    private GoldXml() {
    }

    /** Parses {@code file}; throws naming the file and what was wrong. */
    static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("cannot read gold XML " + file + ": " + e.getMessage(), e);
        }
    }

    /** The element children of {@code parent} named {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of the first child element named {@code name}, trimmed, or {@code ""} when there is none. */
    static String text(Element parent, String name) {
        for (Element e : children(parent, name)) {
            return e.getTextContent().strip();
        }
        return "";
    }

    /** The text of the first child element named {@code name} exactly as written (offsets index into it). */
    static String rawText(Element parent, String name) {
        for (Element e : children(parent, name)) {
            return e.getTextContent();
        }
        return "";
    }

    /** Whether {@code node} is an element named {@code name}. */
    static boolean is(Node node, String name) {
        return node instanceof Element e && e.getTagName().equals(name);
    }
}
