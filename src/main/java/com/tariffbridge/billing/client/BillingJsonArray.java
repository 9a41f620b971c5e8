package com.tariffbridge.billing.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * An array of billing's record (its tariffs, its market prices) as compact JSON text, copied event
 * by event from the parser instead of read into a JSON-P tree. A sync reads a million of them, and
 * most repeat content already seen ({@link KnownTariffs} compares the text), so only new content
 * pays for a tree ({@link #array()}): reading trees for every record was the largest share of a
 * sync's CPU and allocation.
 */
@JsonbTypeDeserializer(BillingJsonArray.Reader.class)
public record BillingJsonArray(String json) {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    public static final BillingJsonArray EMPTY = new BillingJsonArray("[]");

    public boolean isEmpty() {
        return json.equals("[]");
    }

    /** The array as JSON-P values, read from the text: for content not seen before. */
    public JsonArray array() {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    /**
     * Copies the array the parser stands at into text. Anything else (null, a string, an object) is
     * no array: null, so that billing's record is refused and not the whole page. The parser
     * Liberty's JSON-B hands over does not tell the value's kind (no currentEvent()), so the kind
     * is told from what follows: nothing for a scalar, a key or an end of object for an object.
     */
    public static final class Reader implements JsonbDeserializer<BillingJsonArray> {

        @Override
        public BillingJsonArray deserialize(
                JsonParser parser, DeserializationContext context, Type type) {
            if (!parser.hasNext()) {
                return null;
            }
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.KEY_NAME || event == JsonParser.Event.END_OBJECT) {
                return null; // JSON-B skips the rest of the object
            }
            var text = new StringWriter(256);
            try (JsonGenerator out = GENERATORS.createGenerator(text)) {
                out.writeStartArray();
                int depth = 1;
                while (true) {
                    switch (event) {
                        case START_ARRAY -> {
                            out.writeStartArray();
                            depth++;
                        }
                        case START_OBJECT -> {
                            out.writeStartObject();
                            depth++;
                        }
                        case END_ARRAY, END_OBJECT -> {
                            out.writeEnd();
                            depth--;
                        }
                        case KEY_NAME -> out.writeKey(parser.getString());
                        case VALUE_STRING -> out.write(parser.getString());
                        case VALUE_NUMBER -> out.write(parser.getBigDecimal());
                        case VALUE_TRUE -> out.write(true);
                        case VALUE_FALSE -> out.write(false);
                        case VALUE_NULL -> out.writeNull();
                    }
                    if (depth == 0) {
                        break;
                    }
                    event = parser.next();
                }
            }
            return new BillingJsonArray(text.toString());
        }
    }
}
