package org.yuanwu.common.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of the current list, keeping its filters; every page model has it as
 * {@code links}: {@code th:href="${links.to(2)}"}.
 */
public class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build()
                .toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** The current list's address with another path appended, e.g. "/export", keeping its filters. */
    public String with(String path) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
        String query = current.getQuery();
        return current.getPath() + path + (query == null ? "" : "?" + query);
    }

    @ControllerAdvice
    static class Provider {

        private static final PageLinks LINKS = new PageLinks();

        @ModelAttribute("links")
        PageLinks links() {
            return LINKS;
        }
    }
}
