package dev.contentlint.report;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the XML reports share: a JDK stream writer, and text XML 1.0 can hold. */
final class XmlText {

    /** The JDK's own implementation, whatever else is on the plugin's class path. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private XmlText() {}

    static XMLStreamWriter writer(OutputStream out) throws IOException {
        try {
            return FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Closes the root element and the document, with the report's closing line breaks. */
    static void finish(XMLStreamWriter xml) throws javax.xml.stream.XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /**
     * Text that XML 1.0 can hold: each character it cannot (C0 controls other than tab, line feed
     * and carriage return, a lone surrogate, U+FFFE and U+FFFF) becomes U+FFFD, the replacement
     * character. Not even a character reference can carry them in XML 1.0.
     */
    static String content(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean legal;
            if (Character.isHighSurrogate(c)) {
                legal = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (legal) {
                    if (clean != null) {
                        clean.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                legal = false;
            } else {
                legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
            }
            if (!legal && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(legal ? c : '\uFFFD');
            }
        }
        return clean == null ? text : clean.toString();
    }

    /**
     * An attribute value: {@link #content} with tab, line feed and carriage return as spaces, which
     * is what an XML parser's attribute-value normalization makes of them anyway (the stream
     * writer cannot write them as character references).
     */
    static String attribute(String text) {
        return content(text).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')
                .replace('\t', ' ');
    }
}
