package org.amparo.core.ingest.emergency.pidf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses small XML documents safely and navigates them by namespace. Refuses any DOCTYPE (hence every entity
 * declaration, external or internal), XInclude, external DTDs and schemas; limits size and nesting depth. Stateless;
 * a new parser per document, so thread-safe.
 */
final class SecureXml {
    /** The largest document accepted, in bytes. */
    static final int MAX_BYTES = 64 * 1024;

    private static final int MAX_DEPTH = 64;
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {}

    static Element parse(byte[] xml) throws XmlRejection {
        if (xml.length > MAX_BYTES) {
            throw new XmlRejection(InvalidReason.TOO_LARGE, "document over " + MAX_BYTES + " bytes");
        }
        if (declaresDoctype(xml)) {
            throw new XmlRejection(InvalidReason.FORBIDDEN_XML, "DOCTYPE refused");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(STRICT);
            Document document = builder.parse(new InputSource(new ByteArrayInputStream(xml)));
            return document.getDocumentElement();
        } catch (SAXException e) {
            boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            throw new XmlRejection(
                    doctype ? InvalidReason.FORBIDDEN_XML : InvalidReason.MALFORMED,
                    doctype ? "DOCTYPE refused" : "not well-formed XML");
        } catch (IOException e) {
            throw new XmlRejection(InvalidReason.MALFORMED, "unreadable XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser supports secure processing", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** A cheap pre-check on the ASCII view (UTF-8 and ASCII-compatible encodings) before the parser's own refusal. */
    private static boolean declaresDoctype(byte[] xml) {
        return new String(xml, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE");
    }

    /** The element children of {@code parent} in namespace {@code ns} with local name {@code local}. */
    static List<Element> children(Element parent, String ns, String local) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    static @Nullable Element child(Element parent, String ns, String local) {
        List<Element> found = children(parent, ns, local);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The element children of {@code parent}, whatever their names. */
    static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    /** True when {@code e} is in namespace {@code ns} with local name {@code local}. */
    static boolean is(Element e, String ns, String local) {
        return local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI());
    }

    /** The text of {@code e} without surrounding whitespace (the shared samples end values in newlines). */
    static String text(Element e) {
        return String.valueOf(e.getTextContent()).strip();
    }
}
