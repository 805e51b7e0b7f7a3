from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from hub.stories.models import StoryIndexPage

from .forms import StoryForm
from .submissions import create_submission


def stories_index():
    index = StoryIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    if index is None:
        raise Http404
    return index


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def submit_story(request):
    index = stories_index()
    status = 200
    if request.method == "POST":
        form = StoryForm(request.POST, request.FILES, locale=index.locale)
        if form.is_valid():
            create_submission(form.cleaned_data, index)
            return redirect("participation_story_thanks")
        status = 400  # the form comes back filled, with its errors
    else:
        form = StoryForm(locale=index.locale)
    context = {"form": form, "index": index, "page_title": index.title}
    return render(request, "participation/submit_story.html", context, status=status)


@require_http_methods(["GET", "HEAD"])
def story_thanks(request):
    return render(request, "participation/thanks.html", {"index": stories_index()})
