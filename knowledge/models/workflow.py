"""The approval step of the editorial workflow: a group approval nobody gives to their own change."""

from wagtail.models import AbstractGroupApprovalTask


class EditorialReviewTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, except that the editor who submitted a change or wrote the
    revision under review cannot approve it.

    The point of *Inhoudelijke check* and *Eindredactie* is a second pair of eyes; Wagtail's own
    group approval lets any member of the group approve, the author included. The author can
    still request changes (withdraw it) and anyone else in the groups approves.
    """

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and not user.is_superuser and self.is_authors_change(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def is_authors_change(self, obj, user):
        workflow_state = obj.current_workflow_state
        if workflow_state is None:
            return False
        task_state = workflow_state.current_task_state
        authors = {workflow_state.requested_by_id}
        if task_state is not None:
            authors.add(task_state.revision.user_id)
        return user.pk in authors

    class Meta:
        verbose_name = "redactionele goedkeuring"
        verbose_name_plural = "redactionele goedkeuringen"
