/*
 * The web editor's previews: an entry and a source laid out as their pages on the site lay them
 * out, with the site's own stylesheet (site.css, copied from src/styles/global.css by the build).
 * Decap CMS passes the form's values; `h` is React's createElement, which Decap exposes.
 * The built page itself is a link away once published ("View live", from `preview_path`).
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  if (!CMS || !h) return;

  var KINDS = { event: 'Event', statement: 'Statement', count: 'Count' };
  var QUALIFIERS = {
    exact: '',
    about: 'about ',
    'more-than': 'more than ',
    'at-least': 'at least ',
    'at-most': 'at most ',
    'fewer-than': 'fewer than ',
    nearly: 'nearly ',
  };

  function get(entry, path) {
    var value = entry.getIn(['data'].concat(path));
    return value && value.toJS ? value.toJS() : value;
  }

  /**
   * What Decap loaded for a file chosen in a relation field, wherever in the form that field is
   * (its metadata is nested like the form: `evidence` holds the chosen sources).
   */
  function findMetadata(metadata, collection, id) {
    if (!metadata || typeof metadata.getIn !== 'function') return undefined;
    var found = metadata.getIn([collection, id]);
    if (found) return found;
    var result;
    metadata.forEach(function (value) {
      if (!result) result = findMetadata(value, collection, id);
    });
    return result;
  }

  /** The title or name of a file chosen in a relation field; else its id. */
  function related(props, field, collection, id) {
    var data = findMetadata(props.fieldsMetaData && props.fieldsMetaData.get(field), collection, id);
    var named = data && typeof data.get === 'function' && (data.get('title') || data.get('name'));
    return named || id;
  }

  function speaker(props, field, value) {
    if (!value) return '';
    if (value.actor && value.description) return related(props, field, 'actors', value.actor) + ' (' + value.description + ')';
    return value.actor ? related(props, field, 'actors', value.actor) : value.description || '';
  }

  function quantity(value) {
    if (!value) return null;
    var number =
      value.qualifier === 'several' || value.qualifier === 'range' ? value.lower + '–' + value.upper : (QUALIFIERS[value.qualifier] || '') + value.value;
    return h('p', { className: 'lede' }, h('strong', null, number + ' ' + (value.unit || '')), value.stated ? ' ("' + value.stated + '")' : '');
  }

  function EntryPreview(props) {
    var entry = props.entry;
    var evidence = get(entry, ['evidence']) || [];
    var attribution = get(entry, ['attribution']) || {};
    var via = attribution.via || [];
    var date =
      String(get(entry, ['date']) || '') + (get(entry, ['end']) ? ' – ' + get(entry, ['end']) : '') + (get(entry, ['circa']) ? ' (approximately)' : '');
    return h(
      'article',
      null,
      h(
        'header',
        null,
        h('p', { className: 'muted' }, date + ' · ' + (KINDS[get(entry, ['kind'])] || '')),
        h('h1', null, get(entry, ['title']) || 'Untitled entry'),
        h('p', { className: 'lede' }, get(entry, ['summary']) || ''),
      ),
      get(entry, ['kind']) === 'count' ? quantity(get(entry, ['quantity'])) : null,
      h(
        'section',
        null,
        h('h2', null, 'Who says so'),
        h(
          'p',
          null,
          speaker(props, 'attribution', attribution.by),
          via.length
            ? ', as relayed by ' +
                via
                  .map(function (item) {
                    return speaker(props, 'attribution', item);
                  })
                  .join(', then ')
            : '',
        ),
      ),
      h(
        'section',
        null,
        h('h2', null, evidence.length === 1 ? 'The source' : 'The sources'),
        h(
          'ul',
          { className: 'evidence' },
          evidence.map(function (item, index) {
            return h(
              'li',
              { key: index },
              h('blockquote', { className: 'quote', lang: item.lang }, h('p', null, item.quote || '')),
              item.translation ? h('p', null, h('strong', null, 'Translation'), ': ' + item.translation) : null,
              h('p', null, 'From ' + related(props, 'evidence', 'sources', item.source) + (item.locator ? ', ' + item.locator : '') + '.'),
            );
          }),
        ),
        h(
          'p',
          { className: 'muted' },
          'Each quote must be copied from its source’s archived text; the pull request’s checks (npm run validate) refuse one that is not there.',
        ),
      ),
      get(entry, ['dateBasis']) ? h('section', null, h('h2', null, 'About the date'), h('p', null, get(entry, ['dateBasis']))) : null,
      get(entry, ['body']) ? h('section', { className: 'prose' }, h('h2', null, 'Context'), props.widgetFor('body')) : null,
    );
  }

  function SourcePreview(props) {
    var entry = props.entry;
    var passages = String(get(entry, ['body']) || '')
      .split(/\n[ \t]*\n/)
      .filter(function (passage) {
        return passage.trim() !== '';
      });
    return h(
      'article',
      null,
      h('header', null, h('p', { className: 'muted' }, 'Source'), h('h1', null, get(entry, ['title']) || 'Untitled source')),
      h('p', null, [get(entry, ['publisher']), get(entry, ['containerTitle']), get(entry, ['issued'])].filter(Boolean).join(', ')),
      h(
        'section',
        null,
        h('h2', null, 'Archived text'),
        passages.map(function (passage, index) {
          return h('blockquote', { key: index, className: 'quote' }, h('p', null, passage));
        }),
      ),
    );
  }

  CMS.registerPreviewStyle('site.css');
  CMS.registerPreviewTemplate('entries', EntryPreview);
  CMS.registerPreviewTemplate('sources', SourcePreview);
})();
