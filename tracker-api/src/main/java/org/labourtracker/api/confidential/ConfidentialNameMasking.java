package org.labourtracker.api.confidential;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.labourtracker.api.security.Clearance;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place every answer to a reader below AUDITOR passes through: views, exports, live feeds,
 * pages and error messages alike. Whatever wrote the answer, each confidential person's names (and
 * their words) and id are replaced in it by the person's pseudonym, so that a new view cannot
 * forget to redact its free text. Runs after Spring Security, which has decided who the reader is.
 */
@Component
class ConfidentialNameMasking extends OncePerRequestFilter {

    private final ConfidentialNames names;

    ConfidentialNameMasking(ConfidentialNames names) {
        this.names = names;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        // the log's checkpoint, key and proofs are signed bytes and hashes that hold no names: masking
        // could only break them
        return path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico")
                || path.startsWith("/api/audit/checkpoint") || path.startsWith("/api/audit/proofs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Clearance.mayReadConfidential(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        ConfidentialNames.Terms terms = names.current();
        if (terms.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Masked masked = new Masked(response, terms);
        chain.doFilter(request, masked);
        if (!request.isAsyncStarted()) {
            masked.finish();
        }
    }

    /** The answer with its body masked; its length is unknown until written, so none is declared. */
    private static final class Masked extends HttpServletResponseWrapper {

        private final ConfidentialNames.Terms terms;
        private MaskingOutputStream masking;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Masked(HttpServletResponse response, ConfidentialNames.Terms terms) {
            super(response);
            this.terms = terms;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream underlying = super.getOutputStream();
                masking = new MaskingOutputStream(underlying, terms.replacements());
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return underlying.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        underlying.setWriteListener(listener);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        masking.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        masking.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        masking.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        masking.close();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                // The terms are matched as UTF-8, so the answer is written in it.
                super.setCharacterEncoding(StandardCharsets.UTF_8.name());
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setCharacterEncoding(String charset) {
            if (writer == null) {
                super.setCharacterEncoding(charset);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            flushMasked();
            super.flushBuffer();
        }

        @Override
        public void setContentLength(int length) {
            // Masking changes the length.
        }

        @Override
        public void setContentLengthLong(long length) {
            // Masking changes the length.
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                super.setIntHeader(name, value);
            }
        }

        void finish() throws IOException {
            flushMasked();
        }

        private void flushMasked() throws IOException {
            if (writer != null) {
                writer.flush();
            } else if (masking != null) {
                masking.flush();
            }
        }
    }
}
