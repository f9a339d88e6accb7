package org.yuanwu.common.web;

import org.springframework.validation.BindingResult;
import org.yuanwu.common.DomainException;

/** Puts a rule failure beside the field it concerns, or at the top of the form. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, DomainException e) {
        if (e.field() != null && binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), e.field()) != null) {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
