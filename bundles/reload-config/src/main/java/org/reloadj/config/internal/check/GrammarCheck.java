package org.reloadj.config.internal.check;

import com.thaiopensource.datatype.xsd.DatatypeLibraryFactoryImpl;
import com.thaiopensource.datatype.xsd.regex.java.RegexEngineImpl;
import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reloadj.api.Opaque;
import org.reloadj.config.Grammar;
import org.reloadj.config.Problem;
import org.reloadj.config.internal.xml.XmlFactories;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates a document against the RELAX NG grammar of RFC 6940, 11.1.1 with Jing, reading the
 * grammar's compact syntax from this bundle's resources. The datatype library (XML Schema
 * datatypes with the JDK's regular expressions) is named directly rather than looked up as a
 * service, which works the same on a class path and in an OSGi framework. Schemas are compiled
 * once and shared (Jing's schemas are thread-safe); each validation has its own validator.
 */
public final class GrammarCheck {
    private static final String RFC_GRAMMAR = "rfc6940-config.rnc";
    private static final String ADDITIONS = "reloadj-additions.rnc";
    private static final Map<Grammar, Schema> SCHEMAS = new EnumMap<>(Grammar.class);

    private GrammarCheck() {
    }

    /** The grammar problems of {@code document}, in document order. */
    public static List<Problem> check(Opaque document, Grammar grammar) {
        Collector collector = new Collector();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector);
        Validator validator = schema(grammar).createValidator(properties.toPropertyMap());
        try {
            XMLReader reader = XmlFactories.sax();
            reader.setContentHandler(validator.getContentHandler());
            reader.setDTDHandler(validator.getDTDHandler());
            reader.setErrorHandler(collector);
            reader.parse(new InputSource(new ByteArrayInputStream(document.toByteArray())));
        } catch (SAXException e) {
            collector.problems.add(problem("document", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an array cannot fail", e);
        }
        return collector.problems;
    }

    private static synchronized Schema schema(Grammar grammar) {
        return SCHEMAS.computeIfAbsent(grammar, GrammarCheck::compile);
    }

    private static Schema compile(Grammar grammar) {
        String text = resource(RFC_GRAMMAR);
        if (grammar == Grammar.RFC_6940_WITH_RELIABILITY_TIMER) {
            text += resource(ADDITIONS);
        }
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(RngProperty.DATATYPE_LIBRARY_FACTORY, new DatatypeLibraryFactoryImpl(new RegexEngineImpl()));
        properties.put(ValidateProperty.ERROR_HANDLER, new Collector());
        PropertyMap map = properties.toPropertyMap();
        try {
            return CompactSchemaReader.getInstance().createSchema(new InputSource(new StringReader(text)), map);
        } catch (IOException | SAXException | IncorrectSchemaException e) {
            throw new IllegalStateException("the bundled RELAX NG grammar does not compile", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = GrammarCheck.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem problem(String where, String message) {
        return Problem.error(Problem.Category.GRAMMAR, where, message + " (RFC 6940, 11.1.1)");
    }

    /** Collects every error instead of stopping at the first. */
    private static final class Collector implements ErrorHandler {
        private final List<Problem> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Jing's warnings are about the schema, not the document
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(problem("line " + e.getLineNumber() + ":" + e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
