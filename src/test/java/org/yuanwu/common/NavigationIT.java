package org.yuanwu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.yuanwu.support.IntegrationTest;

/** Every entry of the navigation bar leads to a page that opens, in Chinese and in English. */
class NavigationIT extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("<a class=\"(?:nav-link|dropdown-item)\" id=\"(nav-[a-z-]+)\"[^>]*href=\"([^\"#]+)\"");

    @Test
    void everyMenuEntryOpensAPage() throws Exception {
        MockHttpSession admin = adminSession();
        String home = mvc.perform(get("/").session(admin)).andReturn().getResponse().getContentAsString();
        String nav = home.substring(home.indexOf("<nav"), home.indexOf("</nav>"));
        List<String[]> links = new ArrayList<>();
        Matcher m = LINK.matcher(nav);
        while (m.find()) {
            links.add(new String[] {m.group(1), m.group(2)});
        }
        assertThat(links).extracting(l -> l[0]).contains("nav-indicators", "nav-training", "nav-quality", "nav-infection",
                "nav-org", "nav-audit");
        for (String lang : List.of("zh-CN", "en")) {
            for (String[] link : links) {
                var response = mvc.perform(get(link[1]).param("lang", lang).session(admin)).andReturn().getResponse();
                if (response.getStatus() == 302) { // an entry may lead on to the page that fits, e.g. "my file" to the list
                    response = mvc.perform(get(response.getRedirectedUrl()).session(admin)).andReturn().getResponse();
                }
                assertThat(response.getStatus()).as(link[0] + " " + link[1] + " (" + lang + ")").isEqualTo(200);
            }
        }
    }
}
