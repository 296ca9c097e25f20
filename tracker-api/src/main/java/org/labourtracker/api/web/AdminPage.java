package org.labourtracker.api.web;

import java.util.List;

import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Read models for administrators: rebuild one from the event store and watch it catch up. */
@Controller
@RequestMapping("/admin")
class AdminPage {

    private final ReplayService replays;

    AdminPage(ReplayService replays) {
        this.replays = replays;
    }

    /**
     * The read models; with {@code confirm}, also the question whether to rebuild that one; with
     * {@code rebuilding}, a notice of the rebuild just started, which the page ends when it is done.
     */
    @GetMapping
    String readModels(@RequestParam(required = false) String confirm,
                      @RequestParam(required = false) String rebuilding, Model model) {
        model.addAttribute("readModels", replays.progress());
        model.addAttribute("confirm", confirm == null ? null : known(confirm));
        model.addAttribute("rebuilding", rebuilding == null ? null : known(rebuilding));
        return "admin";
    }

    @PostMapping("/read-models/{name}/rebuild")
    String rebuild(@PathVariable String name, Model model) {
        try {
            replays.rebuild(known(name));
        } catch (IllegalStateException refused) {
            model.addAttribute("error", "Not rebuilt: " + refused.getMessage());
            return readModels(null, null, model);
        }
        return "redirect:/admin?rebuilding=" + name;
    }

    /** What the page polls while a rebuild runs. */
    @GetMapping(path = "/read-models", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<ReplayProgress> progress() {
        return replays.progress();
    }

    /** Only names the service lists reach it, and the redirect; anything else is not found. */
    private String known(String name) {
        if (!replays.readModels().contains(name)) {
            throw new StreamNotFound("name", "There is no read model named " + name + ".");
        }
        return name;
    }
}
