using System;
using System.Collections.Generic;

namespace InitOrder.Oracle.Tests.Unit;

/// <summary>Writes a JIT trace by hand: each method gets a token and a code range of its own.</summary>
internal sealed class TraceBuilder
{
    public const string App = "/app/bin/App.dll";
    private const int MainThread = 1;

    private readonly List<JitEvent> _events = new();
    private readonly Dictionary<string, int> _tokens = new();
    private readonly string _module;

    /// <summary>Methods of a made-up App.dll, with made-up tokens.</summary>
    public TraceBuilder()
        : this(App, new Dictionary<string, int>())
    {
    }

    /// <summary>Methods of a real assembly, so that their metadata can be read: each name is given its real token.</summary>
    public TraceBuilder(string module, IReadOnlyDictionary<string, int> tokens)
    {
        _module = module;
        foreach (var (name, token) in tokens)
        {
            _tokens.Add(name, token);
        }
    }

    public MethodKey Key(string method) => new(_module, Token(method));

    /// <summary>Compilation start, with the methods on the stack (innermost first).</summary>
    public TraceBuilder Start(string method, params string[] stack)
    {
        var addresses = Array.ConvertAll(stack, m => CodeStart(m) + 4);
        _events.Add(new JitEvent(_events.Count, JitEventKind.Started, MainThread, Token(method), _module, Token(method), "T", method, 0, 0, addresses));
        return this;
    }

    public TraceBuilder Finish(string method)
    {
        _events.Add(new JitEvent(_events.Count, JitEventKind.Finished, MainThread, Token(method), _module, Token(method), "T", method, CodeStart(method), 0x100, Array.Empty<ulong>()));
        return this;
    }

    /// <summary>Started and finished with nothing in between, the usual case.</summary>
    public TraceBuilder Compile(string method, params string[] stack) => Start(method, stack).Finish(method);

    public JitTrace Build() => JitTrace.FromEvents(_events);

    private ulong CodeStart(string method) => (ulong)Token(method) << 12;

    private int Token(string method)
    {
        if (!_tokens.TryGetValue(method, out int token))
        {
            token = 0x06000001 + _tokens.Count;
            _tokens.Add(method, token);
        }

        return token;
    }
}
