package dev.accord.eval;

import dev.accord.model.CharSpan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /** Every regular file under {@code dir} whose name ends with one of {@code suffixes}, in path order. */
    static List<Path> files(Path dir, String... suffixes) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Arrays.stream(suffixes).anyMatch(x -> p.toString().endsWith(x))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold files under " + dir, e);
        }
    }

    /**
     * A MEANTIME CAT document's tokens up to sentence {@code lastSentence} appended to {@code text}, a space
     * apart within a sentence and a blank line between sentences; returns each token's span by its {@code t_id}.
     */
    static Map<String, CharSpan> catTokens(Element root, int lastSentence, StringBuilder text) {
        Map<String, CharSpan> tokens = new HashMap<>();
        String sentence = null;
        for (Element t : children(root, "token")) {
            String s = t.getAttribute("sentence");
            if (Integer.parseInt(s) > lastSentence) {
                continue;
            }
            if (sentence != null) {
                text.append(s.equals(sentence) ? " " : "\n\n");
            }
            sentence = s;
            int begin = text.length();
            text.append(t.getTextContent());
            tokens.put(t.getAttribute("t_id"), new CharSpan(begin, text.length()));
        }
        return tokens;
    }

    /**
     * The span from the first to the last token a markable anchors to, or {@code null} when it anchors to none;
     * throws naming the file and the markable when it anchors to a token the document lacks.
     */
    static CharSpan anchorSpan(Path file, Element markable, Map<String, CharSpan> tokens) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (Element a : children(markable, "token_anchor")) {
            CharSpan s = tokens.get(a.getAttribute("t_id"));
            if (s == null) {
                throw new IllegalArgumentException(file + ": " + markable.getTagName() + " "
                        + markable.getAttribute("m_id") + " anchors to token " + a.getAttribute("t_id")
                        + ", which the document lacks");
            }
            begin = Math.min(begin, s.begin());
            end = Math.max(end, s.end());
        }
        return begin > end ? null : new CharSpan(begin, end);
    }
}
