package org.labourtracker.api.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every JSON answer writes {@code <}, {@code >} and {@code &} as {@code \u003c}, {@code \u003e} and
 * {@code \u0026}, as Go's encoding/json does: the same JSON to every parser, so stored text comes
 * back exactly, yet nothing a request carried (a field named {@code <script>} echoed in a problem,
 * markup kept verbatim in a note) appears as markup in the bytes, for a browser that sniffs or a
 * page that pastes JSON unescaped. Only answers: events are stored as Axon serializes them.
 */
@Configuration
class HtmlSafeJson {

    @Bean
    MappingJackson2HttpMessageConverter htmlSafeJsonConverter(ObjectMapper json) {
        ObjectMapper escaping = json.copy();
        escaping.getFactory().setCharacterEscapes(new MarkupEscapes());
        return new MappingJackson2HttpMessageConverter(escaping);
    }

    private static final class MarkupEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        MarkupEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
