// Asks before destructive actions: any form with data-confirm="…" needs a yes first.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// Document uploads (the form with id upload-form): files can be dropped on the drop zone, each
// chosen file gets its own title and category fields, and htmx's upload events drive a progress
// bar. Without JavaScript the same form posts normally with one title and one category.
(function () {
  function uploadForm(element) {
    return element && element.closest ? element.closest('#upload-form') : null;
  }

  function show(element, visible) {
    if (element) {
      element.hidden = !visible;
    }
  }

  function readableSize(bytes) {
    var units = ['bytes', 'KB', 'MB', 'GB'];
    var size = bytes;
    var unit = 0;
    while (size >= 1024 && unit < units.length - 1) {
      size = size / 1024;
      unit++;
    }
    return (unit === 0 ? size : size.toFixed(1)) + ' ' + units[unit];
  }

  function titleOf(fileName) {
    var dot = fileName.lastIndexOf('.');
    return (dot > 0 ? fileName.substring(0, dot) : fileName).substring(0, 200);
  }

  function fileRow(form, file, index) {
    var defaultCategory = form.querySelector('#category');
    var row = document.createElement('li');
    row.className = 'row g-2 align-items-end mb-2 upload-file';

    var titleColumn = document.createElement('div');
    titleColumn.className = 'col-md-7';
    var titleLabel = document.createElement('label');
    titleLabel.className = 'form-label small mb-1 text-break';
    titleLabel.htmlFor = 'upload-title-' + index;
    titleLabel.textContent = file.name + ' (' + readableSize(file.size) + ')';
    var title = document.createElement('input');
    title.className = 'form-control form-control-sm';
    title.type = 'text';
    title.name = 'titles';
    title.id = 'upload-title-' + index;
    title.maxLength = 200;
    title.value = titleOf(file.name);
    titleColumn.append(titleLabel, title);

    var categoryColumn = document.createElement('div');
    categoryColumn.className = 'col-md-5';
    var category = defaultCategory.cloneNode(true);
    category.className = 'form-select form-select-sm';
    category.name = 'categories';
    category.id = 'upload-category-' + index;
    category.value = defaultCategory.value;
    category.disabled = false;
    category.setAttribute('aria-label', 'Category of ' + file.name);
    categoryColumn.append(category);

    row.append(titleColumn, categoryColumn);
    return row;
  }

  function listFiles(form) {
    var files = form.querySelector('#files').files;
    var list = form.querySelector('#upload-file-list');
    list.replaceChildren();
    for (var i = 0; i < files.length; i++) {
      list.append(fileRow(form, files[i], i));
    }
    var perFile = files.length > 0;
    show(form.querySelector('#upload-files'), perFile);
    show(form.querySelector('#upload-single-title'), !perFile);
    show(form.querySelector('#upload-single-category'), !perFile);
    form.querySelector('#title').disabled = perFile;
    form.querySelector('#category').disabled = perFile;
    show(form.querySelector('#upload-failed'), false);
  }

  function progress(form, percent, text) {
    show(form.querySelector('#upload-progress'), true);
    var bar = form.querySelector('#upload-progress-bar');
    bar.style.width = percent + '%';
    bar.parentElement.setAttribute('aria-valuenow', String(percent));
    form.querySelector('#upload-progress-text').textContent = text;
  }

  document.addEventListener('change', function (event) {
    var form = uploadForm(event.target);
    if (form && event.target.id === 'files') {
      listFiles(form);
    }
  });

  document.addEventListener('dragover', function (event) {
    var zone = event.target.closest && event.target.closest('#drop-zone');
    if (zone) {
      event.preventDefault();
      zone.classList.add('drop-zone-active');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var zone = event.target.closest && event.target.closest('#drop-zone');
    if (zone && !zone.contains(event.relatedTarget)) {
      zone.classList.remove('drop-zone-active');
    }
  });

  document.addEventListener('drop', function (event) {
    var zone = event.target.closest && event.target.closest('#drop-zone');
    if (!zone || !event.dataTransfer || event.dataTransfer.files.length === 0) {
      return;
    }
    event.preventDefault();
    zone.classList.remove('drop-zone-active');
    var input = zone.querySelector('#files');
    input.files = event.dataTransfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });

  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = uploadForm(event.target);
    // htmx reports the response's progress with the same event: only the upload's counts.
    if (!form || form.dataset.uploaded === 'true' || !event.detail.lengthComputable || event.detail.total === 0) {
      return;
    }
    var percent = Math.floor(100 * event.detail.loaded / event.detail.total);
    form.dataset.uploaded = String(percent === 100);
    progress(form, percent, percent < 100
      ? 'Uploading… ' + percent + '% of ' + readableSize(event.detail.total)
      : 'Checking and fingerprinting the files…');
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = uploadForm(event.target);
    if (form) {
      form.dataset.uploaded = 'false';
      show(form.querySelector('#upload-failed'), false);
      progress(form, 0, 'Uploading…');
    }
  });

  function failed(event, message) {
    var form = uploadForm(event.target);
    if (form) {
      show(form.querySelector('#upload-progress'), false);
      form.querySelector('#upload-failed-text').textContent = message;
      show(form.querySelector('#upload-failed'), true);
    }
  }

  document.addEventListener('htmx:responseError', function (event) {
    failed(event, event.detail.xhr.status === 413
      ? 'Nothing was uploaded: a file is larger than the upload limit.'
      : 'The upload did not complete (error ' + event.detail.xhr.status + '). Reload the page to see which files '
        + 'arrived, then send the others again.');
  });

  document.addEventListener('htmx:sendError', function (event) {
    failed(event, 'The connection was lost during the upload. Reload the page to see which files arrived, '
      + 'then send the others again.');
  });
})();
