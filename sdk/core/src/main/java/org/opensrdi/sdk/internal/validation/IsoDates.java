package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Plain ISO 8601 dates ({@code YYYY-MM-DD}), read without a {@code DateTimeFormatter}: nearly every
 * date of a submission has this form, and the formatter is a measurable share of turning a record
 * into model objects. Internal, not API.
 */
final class IsoDates {

    private IsoDates() {
    }

    /**
     * The date of a plain {@code YYYY-MM-DD} text naming a day of the proleptic Gregorian calendar,
     * exactly as {@code LocalDate.parse(text)} would read it.
     *
     * @param text any text
     * @return the date, or {@code null} for any other text (which the caller reads the slow way)
     */
    static LocalDate parsePlain(String text) {
        return isPlain(text) ? LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10)) : null;
    }

    /**
     * Whether {@link #parsePlain} reads the text.
     *
     * @param text any text
     * @return {@code true} for a plain date of the calendar
     */
    static boolean isPlain(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        int month = Integer.parseInt(text, 5, 7, 10);
        int day = Integer.parseInt(text, 8, 10, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * A Jackson module that reads plain dates directly and hands every other date token to the
     * JavaTimeModule's own deserializer (and a property with {@code @JsonFormat} entirely to it), so
     * that results and errors are those of the JavaTimeModule.
     *
     * @return the module, to be registered after the JavaTimeModule
     */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("opensrdi-plain-dates");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return deserializer instanceof LocalDateDeserializer ? new PlainDateDeserializer(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** Plain dates first; everything else as the wrapped deserializer does it. */
    private static final class PlainDateDeserializer extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        PlainDateDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new PlainDateDeserializer(delegate);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = context.handleSecondaryContextualization(_delegatee, property,
                    context.constructType(LocalDate.class));
            JsonFormat.Value format = findFormatOverrides(context, property, LocalDate.class);
            if (format != null && format.hasPattern()) {
                return contextual; // a pattern of its own may read "2024-01-01" otherwise, or not at all
            }
            return contextual == _delegatee ? this : new PlainDateDeserializer(contextual);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate date = parsePlain(parser.getText());
                if (date != null) {
                    return date;
                }
            }
            return _delegatee.deserialize(parser, context);
        }
    }
}
