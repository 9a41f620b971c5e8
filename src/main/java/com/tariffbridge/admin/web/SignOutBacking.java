package com.tariffbridge.admin.web;

import com.tariffbridge.admin.StaffActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sign-out: a POST (so a link on another site cannot sign staff out), then the whole session ends.
 */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject StaffActions actions;

    @Inject StaffSession staff;

    public String signOut() {
        String name = staff.getName();
        if (!name.isEmpty()) {
            actions.signedOut(name);
        }
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return StaffPagesFilter.SIGN_IN_PAGE + "?faces-redirect=true&signed-out=1";
    }
}
