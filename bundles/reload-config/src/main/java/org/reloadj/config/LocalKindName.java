package org.reloadj.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reloadj.config.internal.write.XmlText;

/**
 * A name for a kind that has no IANA name, carried in its kind-block as a foreign element (RFC
 * 6940, 11.1.1 lets a {@code kind} hold elements of other namespaces, which other implementations
 * ignore): {@code <rj:name xmlns:rj="urn:x-reloadj:config">demo-note</rj:name>}. A kind named by
 * Kind-ID alone is then shown, and can be chosen, by that name.
 */
public final class LocalKindName {
    /** The namespace of the element. */
    public static final String NAMESPACE = "urn:x-reloadj:config";
    /** The element's local name. */
    public static final String ELEMENT = "name";
    private static final Pattern TEXT = Pattern.compile(">([^<]*)</");

    private LocalKindName() {
    }

    /** The element naming a kind {@code name}. */
    public static ExtensionElement element(String name) {
        StringBuilder xml = new StringBuilder("<rj:").append(ELEMENT).append(" xmlns:rj=\"").append(NAMESPACE)
                .append("\">");
        XmlText.escapeText(name, xml);
        xml.append("</rj:").append(ELEMENT).append('>');
        return new ExtensionElement(NAMESPACE, ELEMENT, xml.toString());
    }

    /** {@code block} with the element naming it {@code name} added. */
    public static KindBlock named(KindBlock block, String name) {
        List<ExtensionElement> extensions = new ArrayList<>(block.extensions());
        extensions.add(element(name));
        return new KindBlock(block.name(), block.id(), block.dataModel(), block.accessControl(), block.maxCount(),
                block.maxSize(), block.maxNodeMultiple(), extensions, block.signature());
    }

    /** The local name {@code block} carries, if any. */
    public static Optional<String> of(KindBlock block) {
        return block.extensions().stream()
                .filter(e -> NAMESPACE.equals(e.namespace()) && ELEMENT.equals(e.localName())).findFirst()
                .map(e -> TEXT.matcher(e.xml())).filter(Matcher::find).map(m -> unescape(m.group(1).strip()))
                .filter(s -> !s.isEmpty());
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
