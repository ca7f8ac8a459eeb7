package org.caseport.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Builds pager links from the current request, so a pager keeps the list's filters. */
@Component("pageLinks")
public class PageLinks {

    public String toPage(int page) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(0, page))
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
