// Hand-written polyfills for the argument checks of Internal/Guard.cs on netstandard2.0 (part of .NET itself since
// .NET Core 3.0). DataGrip.Core is Roslyn-free: no source generator writes these for us.
#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>The compiler passes the caller's expression for the named parameter as this parameter's value.</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>The value is not null when the method returns (it throws otherwise).</summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue, Inherited = false)]
    internal sealed class NotNullAttribute : Attribute
    {
    }
}
#endif
