package org.yuanwu.quality.internal;

import org.springframework.stereotype.Component;

/**
 * The built-in checklist library on demand: loads it now if start-up has not yet (runners of equal order, such as
 * the demo generator, may come first). Loading is idempotent: checklists already stored are left alone.
 */
@Component
public class ChecklistLibrary {

    private final TemplateLibraryLoader loader;

    ChecklistLibrary(TemplateLibraryLoader loader) {
        this.loader = loader;
    }

    public void ensureLoaded() {
        loader.run(null);
    }
}
