package org.caseport.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Gives every page a {@code pageLinks} helper that builds pager links from the current request,
 * so that a pager keeps the list's filters.
 */
@ControllerAdvice
public class PageLinks {

    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return this;
    }

    public String toPage(int page) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(0, page))
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
