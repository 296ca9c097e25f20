package org.labourtracker.api.problem;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.DeserializationFeature;

/**
 * JSON request bodies read into objects (user administration, tokens ...) refuse fields they do
 * not have, as recording does: {@code "enabled": false} on a new user must not give an enabled
 * one. Only the web layer's copy is strict; Axon's mapper still reads old stored events leniently.
 */
@Configuration
class StrictRequestBodies implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(json.getObjectMapper().copy()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            }
        }
    }
}
