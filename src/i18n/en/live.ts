import type { Messages } from '../sv';

/** English strings of live rounds through a relay. */
export const live: Messages['live'] = {
  settings: {
    title: 'Live collaboration',
    lead: "With a relay run by the municipality's IT, several people can answer the same round at once and see each other's ratings straight away. Everything through the relay is encrypted; the key is only in the invitation link. Without a relay everything works as usual with files.",
    address: "Relay's address",
    addressHint: "For example wss://eblomladan.kommun.se/relay. Ask the municipality's IT.",
    save: 'Save the address',
    saved: "The address is saved. You can now share a round live from the round's overview.",
    current: 'Saved address: {{address}}',
    none: 'No relay is set.',
    test: 'Test the connection',
    testing: 'Connecting to {{address}} …',
    answers: 'The relay at {{address}} answers. Live collaboration can be used.',
    noAnswer:
      "The relay at {{address}} does not answer. Check the address and ask the municipality's IT to check that the server is running.",
    remove: 'Remove the address',
    removed: 'The address is removed. Rounds already shared still use their link.',
    problems: {
      empty: "Enter the relay's address.",
      'too-long': 'The address is too long.',
      'not-address': 'This is not an address. It should start with wss://.',
      scheme: 'The address should start with wss:// (or ws:// when eBlomlådan is opened over http).',
      insecure:
        'The address must start with wss://: this page is opened over https, where the browser allows only encrypted connections.',
      extra: 'The address must not contain a question mark, # or login details.',
      'not-allowed':
        'This installation of eBlomlådan may not connect to {{origin}}. Put the relay under the same address as the app (for example {{suggestion}}), or ask IT to build the app with VITE_RELAY_ORIGINS={{origin}}.',
    },
  },
  share: {
    title: 'Share live',
    lead: "Send the invitation link to those who are to answer. Whoever opens the link gets the round in their own browser and sees everyone's ratings straight away.",
    needRelay: 'Sharing the round live needs a relay.',
    setRelay: 'Set the relay under Settings',
    start: 'Share the round live',
    link: 'Invitation link',
    linkHint:
      'The link holds the key to the round. Send it only to those who are to answer, as you would a password.',
    copy: 'Copy the link',
    copied: 'The link is copied.',
    copyFailed: 'The link could not be copied. Select it and copy it yourself.',
    stop: 'Stop sharing',
    stopped: 'The round is no longer shared. The old link does not work; share again to get a new link.',
    stoppedOffline:
      "The round is no longer shared from this browser. The relay could not be reached, so the round stays there (encrypted): the old link works until the municipality's IT clears the relay's storage. Share again for a new link.",
    member: 'You take part in the round through an invitation link. The coordinator publishes the round.',
  },
  people: {
    title: 'Connected now',
    none: 'Nobody else is connected right now.',
    noneHere: 'Nobody else has this part open right now.',
    unknown: 'Unnamed',
    where: '{{name}} ({{role}}) – {{place}}',
    whereNoRole: '{{name}} – {{place}}',
    person: '{{name}} ({{role}})',
    overview: "the round's overview",
    inPart: 'In this part right now',
  },
  status: {
    connecting: 'Live: connecting to the relay …',
    live_one: 'Live: changes are shared straight away. {{count}} other person is connected.',
    live_other: 'Live: changes are shared straight away. {{count}} others are connected.',
    offline:
      'Offline: your changes are saved here and sent when the connection to the relay is back. They are not shared yet.',
    waiting:
      "Live: connected, but the relay holds nothing of the round yet. Changes are saved here and shared once the coordinator's browser has connected.",
    'wrong-key':
      "Live: the link's key does not fit the shared round, so nothing could be read and nothing was sent. Ask the coordinator for a new link.",
    closed:
      'Live: the coordinator has stopped sharing the round. Changes are no longer shared; ask for a new link.',
    published: 'Live: the round is published. Changes are no longer shared.',
    'not-allowed':
      'Live: this installation of eBlomlådan may not connect to the relay {{relay}}. Changes are saved here only.',
    ignored_one:
      '{{count}} entry in the shared round does not fit the questionnaire (for example an answer not on the scale) and is not used.',
    ignored_other:
      '{{count}} entries in the shared round do not fit the questionnaire (for example answers not on the scale) and are not used.',
    unreadable_one: '{{count}} message from the relay could not be read and was left out.',
    unreadable_other: '{{count}} messages from the relay could not be read and were left out.',
  },
  join: {
    title: 'Join a round live',
    lead: 'The link connects this browser to a round shared through the relay {{relay}}. What is sent is encrypted; the key is only in the link.',
    name: 'Your name',
    role: 'Your role (optional)',
    nameMissing: 'Enter your name, so the others see who is answering.',
    submit: 'Join the round',
    joining: 'Connecting and fetching the round …',
    problems: {
      damaged: 'The link is incomplete or damaged. Ask for the link again and copy all of it.',
      'newer-version':
        'The link was made by a newer version of eBlomlådan. Update the app and open the link again.',
      relay: 'The link does not point to a valid relay. Ask for the link again.',
      'not-allowed':
        "This installation of eBlomlådan may not connect to the relay {{relay}}. Ask the municipality's IT.",
      'no-answer': 'The relay {{relay}} does not answer. Try again in a while.',
      'no-round':
        'The relay holds no round for this link. The coordinator may have stopped sharing it; ask for a new link.',
      'wrong-key': "The link's key does not fit the shared round. Nothing was read. Ask for a new link.",
      closed: 'The coordinator has stopped sharing the round. Ask for a new link.',
      refused: 'The shared round could not be read:',
    },
  },
};
